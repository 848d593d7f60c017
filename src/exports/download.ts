import { StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import { foldVietnamese } from '../common/text/fold-vietnamese';

export const MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * A file the browser saves under `fileName` (ASCII: the names say what the
 * file holds without diacritics, e.g. bao-cao-nhiem-vu-2024-01.xlsx).
 */
export function download(
  body: Readable | Uint8Array,
  kind: keyof typeof MEDIA_TYPES,
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): StreamableFile {
  const options = { type: MEDIA_TYPES[kind], disposition: `${disposition}; filename="${fileName}"` };
  return body instanceof Readable ? new StreamableFile(body, options) : new StreamableFile(body, options);
}

/** A readable stream of what `first` and the rest of `batches` produce, turned into text by `render`. */
export function streamBatches<T>(
  head: string,
  first: IteratorResult<T[]>,
  batches: AsyncIterator<T[]>,
  render: (rows: T[]) => string | Promise<string>,
): Readable {
  async function* lines() {
    yield head;
    let next = first;
    while (!next.done) {
      yield await render(next.value);
      next = await batches.next();
    }
  }
  return Readable.from(lines());
}

/** "Sở Y tế" → "so-y-te": for file names. */
export function slug(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
