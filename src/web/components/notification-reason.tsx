import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NotificationReason } from '../../notifications/notification-reasons';

/** The reasons the service records for what it did not send, by their text, to their names in the translations. */
const REASON_NAMES = new Map<string, string>(Object.entries(NotificationReason).map(([name, text]) => [text, name]));

/**
 * Why a message was not sent, beside its status, in the interface's language: a reason the service records
 * ("cancelled: task completed") by its translation, anything else (a mail server's refusal) as a delivery failure with
 * its own words. Nothing for a message with no such note.
 */
export function NotificationReasonNote({ notice }: { notice: { status: string; error: string | null } }) {
  const { t } = useTranslation();
  if (!notice.error) return null;
  const name = REASON_NAMES.get(notice.error);
  return (
    <Typography.Text type={notice.status === 'failed' ? 'danger' : 'secondary'}>
      {name ? t(`admin.notificationReason.${name}`) : t('admin.deliveryError', { error: notice.error })}
    </Typography.Text>
  );
}
