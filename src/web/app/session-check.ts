import { api, ApiFailure, call, type Schemas } from '../lib/api/client';

/** The signed-in user as `GET /api/auth/me` answers it; fields added by later API versions are optional. */
export type Me = Schemas['SignedInUser'] & { leaderTitle?: 'chairman' | 'vice_chairman' | null; sectors?: string[] };

/**
 * The session check; requested as a navigation starts, together with the page's own data (routes.ts).
 * Kept apart from the sign-in guard (auth.tsx) so that the first script of a page can ask for it without
 * loading the component library.
 */
export const meQuery = {
  queryKey: ['me'] as const,
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
