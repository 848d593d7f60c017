import { Alert, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiFailure } from '../lib/api/client';
import { failureText } from '../lib/failures';

/**
 * What a section shows when its data could not be loaded: why, in the interface's language, and a retry where one
 * can help. A page's own record that is gone (`notFound`) shows the 404 page with the way back to its list instead.
 */
export function LoadError({
  error,
  retry,
  notFound,
}: {
  error: unknown;
  retry?: () => void;
  notFound?: { to: string; label: string };
}) {
  const { t } = useTranslation();
  const status = error instanceof ApiFailure ? error.status : null;
  if (notFound && status === 404) {
    return (
      <Result
        status="404"
        title="404"
        subTitle={t('failures.notFound')}
        extra={<Link to={notFound.to}>{notFound.label}</Link>}
      />
    );
  }
  // Trying again cannot give a right the user lacks nor bring back what was deleted.
  const retryable = retry && status !== 403 && status !== 404;
  return (
    <Alert
      type="error"
      showIcon
      title={t('app.error')}
      description={failureText(error, t)}
      action={retryable && <Button onClick={retry}>{t('app.retry')}</Button>}
    />
  );
}

/** A page's own record (a task, a session, a document) that failed to load; `back` leads to its list. */
export function RecordLoadError({
  query,
  back,
}: {
  query: { error: unknown; refetch: () => unknown };
  back: { to: string; label: string };
}) {
  return <LoadError error={query.error} retry={() => void query.refetch()} notFound={back} />;
}
