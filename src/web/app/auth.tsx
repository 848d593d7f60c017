import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, ApiFailure, call, setUnauthorizedHandler, type Schemas } from '../lib/api/client';

/** The signed-in user as `GET /api/auth/me` answers it; fields added by later API versions are optional. */
export type Me = Schemas['SignedInUser'] & { leaderTitle?: 'chairman' | 'vice_chairman' | null; sectors?: string[] };

const ME = ['me'] as const;

/** The session check; requested by the routes as a navigation starts, together with the page's own data. */
export const meQuery = {
  queryKey: ME,
  queryFn: async (): Promise<Me | null> => {
    try {
      return await call(api.GET('/api/auth/me'));
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
};

export function useMe() {
  return useQuery(meQuery);
}

/** The user of a page behind <RequireAuth>. */
export function useUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useUser outside a signed-in page');
  return data;
}

/** Signs in with the cookie session: the server sets an HttpOnly cookie, the page never holds a token. */
export async function signIn(email: string, password: string): Promise<Me> {
  const { user } = await call(api.POST('/api/auth/session', { body: { email, password } }));
  return user;
}

export async function signOut(): Promise<void> {
  await call(api.POST('/api/auth/logout')).catch(() => undefined);
}

/** Where sign-in sends the user back to: the page they were on, query string included. */
export function signInPath(location: { pathname: string; search: string }, expired = false): string {
  const next = location.pathname + location.search;
  const params = new URLSearchParams();
  if (next !== '/' && !next.startsWith('/sign-in')) params.set('next', next);
  if (expired) params.set('expired', '1');
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}

/** Shows its children to a signed-in user; anyone else goes to sign-in and comes back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  useEffect(() => {
    // An expired or ended session: forget what was loaded and ask for sign-in, then come back here.
    setUnauthorizedHandler(() => {
      // A page's data requested before the session check answered: the check itself sends a visitor who was
      // not signed in to sign-in (without "expired").
      if (!client.getQueryData(ME)) return;
      client.clear();
      client.setQueryData(ME, null);
      void navigate(signInPath(window.location, true), { replace: true });
    });
  }, [client, navigate]);
  if (me.isPending) return <Spin fullscreen />;
  if (!me.data) return <Navigate to={signInPath(location)} replace />;
  return children;
}
