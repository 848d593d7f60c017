import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a section shows when its data could not be loaded. */
export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('app.error')}
      description={error instanceof Error ? error.message : undefined}
      action={retry && <Button onClick={retry}>{t('app.retry')}</Button>}
    />
  );
}
