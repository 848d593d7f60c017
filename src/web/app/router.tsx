import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, useRouteError, type RouteObject } from 'react-router';
import { RequireAuth } from './auth';
import { AppLayout } from './layout';
import { pageRoutes, requestLayoutData, signInRoute, type ClientRoute } from './routes';

/** Each page is its own chunk, loaded when first visited (or as the page opens: routes.ts). */
const lazy = (load: ClientRoute['page']) => async () => ({ Component: (await load()).default });

/** A page of the table in routes.ts, with a loader that starts its requests at each navigation to it. */
function pageRoute(route: ClientRoute): RouteObject {
  const requestData = route.request;
  const page = {
    lazy: lazy(route.page),
    loader: requestData
      ? ({ params, request }: { params: Record<string, string | undefined>; request: Request }) => {
          requestData(params, new URL(request.url).searchParams);
          return null;
        }
      : undefined,
  };
  return route.path === '' ? { index: true, ...page } : { path: route.path, ...page };
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}

function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Result
      status="error"
      title={t('app.error')}
      subTitle={error instanceof Error ? error.message : String(error)}
      extra={<Button onClick={() => window.location.reload()}>{t('app.retry')}</Button>}
    />
  );
}

export const router = createBrowserRouter([
  { path: `/${signInRoute.path}`, lazy: lazy(signInRoute.page) },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    loader: () => {
      requestLayoutData();
      return null;
    },
    children: [...pageRoutes.map(pageRoute), { path: '*', element: <NotFound /> }],
  },
]);
