import { open } from 'node:fs/promises';

/** The files a completion may carry, recognised by their content. */
export const ATTACHMENT_TYPES = {
  pdf: { extension: 'pdf', contentType: 'application/pdf' },
  docx: {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { extension: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;

export type AttachmentKind = keyof typeof ATTACHMENT_TYPES;

/** Largest attachment in bytes (20 MB), independent of BODY_LIMIT, which only bounds JSON bodies. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
const ZIP_TAIL_MAX = 22 + 0xffff;

/**
 * What the file at `path` is, judged by its bytes: a PDF starts with `%PDF-`;
 * DOCX and XLSX are ZIP packages (Office Open XML) whose central directory
 * lists `[Content_Types].xml` and a `word/` or `xl/` part. Anything else
 * (an executable renamed .pdf, a legacy .doc, a ZIP of something else) is null.
 */
export async function detectAttachmentKind(path: string, size: number): Promise<AttachmentKind | null> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(8, size));
    await file.read(head, 0, head.length, 0);
    if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
    if (head.length < 4 || head.readUInt32LE(0) !== ZIP_LOCAL_HEADER) return null;
    const names = await zipEntryNames(file, size);
    if (!names || !names.includes('[Content_Types].xml')) return null;
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    return null;
  } finally {
    await file.close();
  }
}

/** The entry names of a ZIP archive from its central directory, or null when it is not a readable ZIP. */
async function zipEntryNames(file: Awaited<ReturnType<typeof open>>, size: number): Promise<string[] | null> {
  const tailLength = Math.min(size, ZIP_TAIL_MAX);
  const tail = Buffer.alloc(tailLength);
  await file.read(tail, 0, tailLength, size - tailLength);
  let end = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === ZIP_END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset + directorySize > size) return null;
  const directory = Buffer.alloc(directorySize);
  await file.read(directory, 0, directorySize, directoryOffset);
  const names: string[] = [];
  let at = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== ZIP_CENTRAL_HEADER) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    names.push(directory.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Longest file name kept, in characters, extension included. */
const MAX_NAME_LENGTH = 200;

/**
 * A file name safe to store and to offer for download: no folder part, no
 * control or reserved characters (`<>:"/\|?*`), spaces collapsed, no leading
 * dots, at most 200 characters, and the extension of the type the content has
 * (a PDF named `report` becomes `report.pdf`). Vietnamese letters are kept (NFC).
 */
export function sanitizeFileName(original: string, kind: AttachmentKind): string {
  const extension = ATTACHMENT_TYPES[kind].extension;
  const base = (original.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 && base.slice(dot + 1).toLowerCase() === extension ? base.slice(0, dot) : base)
    .replace(/[.\s]+$/, '')
    .slice(0, MAX_NAME_LENGTH - extension.length - 1)
    .trim();
  return `${stem || 'tep-dinh-kem'}.${extension}`;
}

/** The extension a client's name declares, lower-case, or '' without one. */
export function declaredExtension(original: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
