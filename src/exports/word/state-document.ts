import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  IBorderOptions,
  PageNumber,
  Paragraph,
  ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

/**
 * The layout of the state's administrative documents (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I): A4, margins 20–25 mm top and bottom, 30–35 mm left, 15–20 mm
 * right; Times New Roman; the issuer block top left and the national motto top
 * right; the document kind and summary centred; body 14 pt justified with a
 * first-line indent; "Nơi nhận" bottom left and the signer bottom right. Sizes
 * below are in points; docx counts half-points.
 */

export const FONT = 'Times New Roman';
/** Millimetres in twips, rounded (A4 is 11906 × 16838). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 };
const PAGE_WIDTH_MM = 210;
/** Width of the text between the margins. */
export const TEXT_WIDTH = mm(PAGE_WIDTH_MM - MARGIN_MM.left - MARGIN_MM.right);
/** The issuer column and the motto column of the header table. */
const HEADER_COLUMNS = [mm(62), TEXT_WIDTH - mm(62)];

const half = (points: number) => points * 2;

/**
 * Line spacing of the header and signature blocks: upper-case letters with two
 * diacritics (Ỉ, Ắ, Ậ) reach into the line above at single spacing.
 */
const TIGHT = 288;
const allSides = (border: IBorderOptions) => ({
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
});
export const NO_BORDERS = allSides({ style: BorderStyle.NONE, size: 0, color: 'FFFFFF' });
export const GRID = allSides({ style: BorderStyle.SINGLE, size: 4, color: '000000' });

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, font: FONT, size: half(style.size ?? 14), bold: style.bold, italics: style.italics });
}

/** A centred line, single-spaced, as in the header blocks. */
export function centred(text: string, style: RunStyle = {}, after = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after, line: TIGHT },
    children: [run(text, style)],
  });
}

/**
 * A short solid rule under a centred line: the bottom border of a small empty
 * paragraph, narrowed by indents to `lengthMm` in a column `columnTwips` wide,
 * so that it keeps clear of the descenders and diacritics of the line above.
 */
export function rule(lengthMm: number, columnTwips: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - mm(lengthMm)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 80, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [run('', { size: 2 })],
  });
}

export interface HeaderBlock {
  /** The parent body, upper case, not bold (e.g. "UBND TỈNH BẮC KẠN"); null for the provincial committee itself. */
  parent: string | null;
  /** The issuing body, upper case, bold, one entry per line. */
  issuer: string[];
  /** "Số: 18/TB-UBND". */
  number: string;
  /** For an official letter: its summary under the number ("V/v …"). */
  summary?: string;
  /** "Bắc Kạn, ngày 05 tháng 02 năm 2024". */
  placeDate: string;
}

/** The issuer block (left) and the motto block (right), side by side without borders. */
export function headerTable(block: HeaderBlock): Table {
  const [left, right] = HEADER_COLUMNS;
  const issuerLines = [
    ...(block.parent ? [centred(block.parent, { size: 13 })] : []),
    ...block.issuer.map((line) => centred(line, { size: 13, bold: true })),
    rule(block.parent ? 22 : 28, left),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 0 },
      children: [run(block.number, { size: 13 })],
    }),
    ...(block.summary
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 60, after: 0 },
            children: [run(block.summary, { size: 12 })],
          }),
        ]
      : []),
  ];
  const mottoLines = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }),
    // As long as the motto line above it (Times New Roman bold 14 pt).
    rule(61, right),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 0 },
      children: [run(block.placeDate, { size: 14, italics: true })],
    }),
  ];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: HEADER_COLUMNS,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(issuerLines, left), cell(mottoLines, right)] })],
  });
}

/** The document kind ("THÔNG BÁO") and its summary, centred and bold, with a rule under the summary. */
export function titleBlock(kind: string, summary: string[]): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      children: [run(kind.toUpperCase(), { size: 14, bold: true })],
    }),
    ...summary.map((line) => centred(line, { size: 14, bold: true })),
    rule(40, TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

/** A body paragraph: 14 pt, justified, first line indented 1.27 cm, 6 pt after, 1.2 lines. */
export function body(children: string | ParagraphChild[], options: { indent?: boolean; keepNext?: boolean } = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 288 },
    keepNext: options.keepNext,
    children: typeof children === 'string' ? [run(children)] : children,
  });
}

export interface SignerBlock {
  /** "TL. CHỦ TỊCH", then "KT. CHÁNH VĂN PHÒNG" …; empty when the head signs in their own name. */
  authorityLines: string[];
  /** "CHÁNH VĂN PHÒNG". */
  position: string;
  /** Empty for a draft not yet assigned to a signer. */
  name: string;
}

/** "Nơi nhận:" and its list (left), the signer's authority, position and name (right). */
export function recipientsAndSigner(recipients: string[], signer: SignerBlock): Table {
  const left = mm(75);
  const right = TEXT_WIDTH - left;
  const list = recipients.map(
    (line, i) =>
      new Paragraph({
        spacing: { before: 0, after: 0, line: TIGHT },
        children: [run(`- ${line}${i === recipients.length - 1 ? '.' : ';'}`, { size: 11 })],
      }),
  );
  const signerLines = [
    new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
    ...signer.authorityLines.map((line) => centred(line, { size: 14, bold: true })),
    centred(signer.position, { size: 14, bold: true }),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('')] })),
    centred(signer.name, { size: 14, bold: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            margins: { left: 0, right: 0, top: 0, bottom: 0 },
            children: [
              new Paragraph({
                spacing: { before: 120, after: 0 },
                children: [run('Nơi nhận:', { size: 12, bold: true, italics: true })],
              }),
              ...list,
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            margins: { left: 0, right: 0, top: 0, bottom: 0 },
            children: signerLines,
          }),
        ],
      }),
    ],
  });
}

/**
 * A whole document on A4 portrait with the decree's margins; page numbers
 * centred in the top margin from the second page on.
 */
export function stateDocument(title: string, children: Array<Paragraph | Table>): Document {
  return new Document({
    creator: 'Văn phòng UBND tỉnh',
    title,
    styles: { default: { document: { run: { font: FONT, size: half(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(PAGE_WIDTH_MM), height: mm(297) },
            margin: {
              top: mm(MARGIN_MM.top),
              bottom: mm(MARGIN_MM.bottom),
              left: mm(MARGIN_MM.left),
              right: mm(MARGIN_MM.right),
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(14) })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** "Bắc Kạn, ngày 05 tháng 02 năm 2024": days below 10 and months below 3 with a leading zero. */
export function placeDateLine(place: string, date: string | null, year?: number): string {
  if (!date) return `${place}, ngày      tháng      năm ${year ?? ''}`.trimEnd();
  const [y, m, d] = date.split('-').map(Number);
  const day = String(d).padStart(2, '0');
  const month = m < 3 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}
