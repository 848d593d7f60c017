import type { TFunction } from 'i18next';
import { NotificationReason } from '../../notifications/notification-reasons';

/** The reasons the service records for what it did not send, by their text, to their names in the translations. */
const REASON_NAMES = new Map<string, string>(Object.entries(NotificationReason).map(([name, text]) => [text, name]));

/**
 * Why a message was not sent, in the interface's language: a reason the service records ("cancelled: task
 * completed") by its translation, anything else (a mail server's refusal) as a delivery failure with its own words.
 */
export function notificationReasonText(error: string, t: TFunction): string {
  const name = REASON_NAMES.get(error);
  return name ? t(`admin.notificationReason.${name}`) : t('admin.deliveryError', { error });
}
