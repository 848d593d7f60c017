import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { fieldError } from './field-error';

/** C0 controls and DEL, except tab (09), line feed (0A) and carriage return (0D): matching them is the point. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const PASTED_KEY = 'text:pasted';

/**
 * Marks a DTO field as a long text pasted for reading (a report body, minutes, a
 * conclusion): control characters in it become spaces instead of refusing the paste.
 */
export function PastedText(): PropertyDecorator {
  return (target, property) => {
    const fields = (Reflect.getMetadata(PASTED_KEY, target.constructor) as string[] | undefined) ?? [];
    Reflect.defineMetadata(PASTED_KEY, [...fields, String(property)], target.constructor);
  };
}

function pastedFields(metatype: unknown): Set<string> {
  if (typeof metatype !== 'function') return new Set();
  return new Set((Reflect.getMetadata(PASTED_KEY, metatype) as string[] | undefined) ?? []);
}

/**
 * Runs before validation on every body, query string and path parameter:
 * CRLF is stored as LF, and any other control character than tab, CR and LF is
 * refused with a 400 naming the field (the databases choke on NUL: SQLite's
 * full-text query, PostgreSQL's text), except in fields marked @PastedText.
 */
@Injectable()
export class ControlCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const root = metadata.type === 'param' ? (metadata.data ?? 'param') : '';
    return clean(value, root, pastedFields(metadata.metatype));
  }
}

function clean(value: unknown, path: string, pasted: Set<string>): unknown {
  if (typeof value === 'string') {
    const text = value.includes('\r\n') ? value.replace(/\r\n/g, '\n') : value;
    if (!CONTROL.test(text)) return text;
    if (pasted.has(path)) return text.replace(CONTROLS, ' ');
    throw fieldError([path, `${path} must not contain control characters other than tab and line breaks`]);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = clean(value[i], `${path}[${i}]`, pasted);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (CONTROL.test(key)) throw fieldError([path || key, 'field names must not contain control characters']);
      record[key] = clean(record[key], path ? `${path}.${key}` : key, pasted);
    }
  }
  return value;
}
