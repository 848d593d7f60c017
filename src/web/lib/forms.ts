import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiFailure } from './api/client';

/**
 * Puts the API's field errors next to their fields (400 `errors: [{ field, message }]`)
 * and returns what is left to show above the form. Values typed stay in the form.
 */
export function showApiErrors(form: FormInstance | null, error: unknown, t: TFunction): string | null {
  if (!(error instanceof ApiFailure)) return t('common.failed', { message: String(error) });
  const fieldErrors = error.body.errors ?? [];
  if (form && fieldErrors.length > 0) {
    const known = new Set(Object.keys(form.getFieldsValue(true)));
    const placed = fieldErrors.filter((e) => known.has(e.field.split('.')[0]));
    form.setFields(placed.map((e) => ({ name: e.field.split('.')[0], errors: [e.message] })));
    const rest = fieldErrors.filter((e) => !placed.includes(e));
    if (rest.length === 0) return null;
    return rest.map((e) => e.message).join('; ');
  }
  if (error.status === 403) return t('common.forbidden');
  return t('common.failed', { message: error.message });
}
