import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where the first pages are kept for people to look at (git-ignored). */
export const RENDERS_DIR = path.join(__dirname, '..', '..', 'data', 'renders');

const PACKAGES = 'libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2 poppler-utils';

async function which(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Renders an office file to PDF with LibreOffice headless and the PDF's first
 * page to PNG with pdftoppm, both kept under data/renders/. Fails, naming the
 * Debian packages, when either program is missing. Each call has its own
 * LibreOffice profile, so that it never waits on another soffice of the machine.
 */
export async function renderFirstPage(
  bytes: Buffer,
  fileName: string,
): Promise<{ pdf: string; png: string; pages: number }> {
  for (const command of ['soffice', 'pdftoppm', 'pdfinfo']) {
    if (!(await which(command))) {
      throw new Error(`${command} is missing: install the Debian packages ${PACKAGES} (.ci/run does it)`);
    }
  }
  fs.mkdirSync(RENDERS_DIR, { recursive: true });
  const source = path.join(RENDERS_DIR, fileName);
  fs.writeFileSync(source, bytes);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-soffice-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        RENDERS_DIR,
        source,
      ],
      { timeout: 120_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = source.replace(/\.[^.]+$/, '.pdf');
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${fileName}`);
  const base = pdf.replace(/\.pdf$/, '');
  await run('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, base]);
  const info = (await run('pdfinfo', [pdf])).stdout;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  return { pdf, png: `${base}.png`, pages };
}

/** The text of a PDF's pages (pdftotext), to check what LibreOffice laid out. */
export async function pdfText(pdf: string, layout = false): Promise<string> {
  return (await run('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { maxBuffer: 20_000_000 })).stdout;
}
