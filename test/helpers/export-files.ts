import type { Response } from 'supertest';
import type { Test } from 'supertest';

/** Makes supertest keep the body as raw bytes (res.body is a Buffer), whatever the content type. */
export function asBytes(call: Test): Test {
  return call.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** The file name of a Content-Disposition header. */
export function fileNameOf(res: Response): string | undefined {
  return /filename="([^"]+)"/.exec(String(res.headers['content-disposition'] ?? ''))?.[1];
}

/** RFC 4180 parsing, enough to read back what the CSV export writes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

export interface DocxRun {
  text: string;
  /** In points. */
  size: number | null;
  bold: boolean;
  italics: boolean;
  font: string | null;
}

export interface DocxParagraph {
  text: string;
  runs: DocxRun[];
  xml: string;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The main part of a .docx (unzipped with jszip) and its paragraphs with their runs' formatting. */
export async function readDocx(bytes: Buffer): Promise<{ xml: string; paragraphs: DocxParagraph[] }> {
  // jszip comes with exceljs; it is what a Word file is made of.
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => {
    const runs = [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r]) => ({
      text: [...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1])).join(''),
      size: /<w:sz w:val="(\d+)"/.exec(r) ? Number(/<w:sz w:val="(\d+)"/.exec(r)![1]) / 2 : null,
      bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(r),
      italics: /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(r),
      font: /<w:rFonts w:ascii="([^"]+)"/.exec(r)?.[1] ?? null,
    }));
    return { text: runs.map((r) => r.text).join(''), runs, xml: p };
  });
  return { xml, paragraphs };
}
