import type { TFunction } from 'i18next';
import { ApiFailure } from './api/client';

/**
 * What a clerk is told when a request fails, in the interface's language: the API's own message where it is written
 * for people (a refused business rule, a request the server found wrong), else the kind of failure — no right, gone,
 * the server's fault, no connection — rather than the API's English text for programs.
 */
export function failureText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiFailure)) return t('failures.offline');
  if (error.status === 401) return t('failures.signedOut');
  if (error.status === 403) return t('common.forbidden');
  if (error.status === 404) return t('failures.notFound');
  if (error.status === 413) return t('failures.tooLarge');
  if (error.status === 429) return t('failures.tooMany');
  if (error.status >= 500) return t('failures.server');
  // A refused rule carries its wording for the office (see src/common/http/rule-conflict.ts).
  if (error.status === 409 && error.body.rule) return error.message;
  return t('common.failed', { message: error.message });
}
