import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from './api/client';
import { failureText } from './failures';

/**
 * Puts the API's field errors next to their fields (400 `errors: [{ field, message }]`)
 * and returns what is left to show above the form. Values typed stay in the form.
 */
export function showApiErrors(form: FormInstance | null, error: unknown, t: TFunction): string | null {
  if (!(error instanceof ApiFailure)) return failureText(error, t);
  const fieldErrors = error.body.errors ?? [];
  if (form && fieldErrors.length > 0) {
    const known = new Set(Object.keys(form.getFieldsValue(true)));
    const placed = fieldErrors.filter((e) => known.has(e.field.split('.')[0]));
    form.setFields(placed.map((e) => ({ name: e.field.split('.')[0], errors: [e.message] })));
    const rest = fieldErrors.filter((e) => !placed.includes(e));
    if (rest.length === 0) return null;
    return rest.map((e) => e.message).join('; ');
  }
  return failureText(error, t);
}

/** A required field's rule, its message naming the field; a text made of spaces only is empty. */
export function useRequired() {
  const { t } = useTranslation();
  return (field: string, kind: 'text' | 'date' = 'text') => [
    kind === 'text'
      ? { required: true, whitespace: true, message: t('common.required', { field: field.toLowerCase() }) }
      : // A picked date is a Dayjs object: the validator's default type, a string, would refuse it.
        { required: true, type: 'object' as const, message: t('common.required', { field: field.toLowerCase() }) },
  ];
}

/** What a form's optional text field sends: null when left empty, so that clearing it clears the value. */
export const textOrNull = (value: string | undefined | null) => (value && value.trim() !== '' ? value : null);
