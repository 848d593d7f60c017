import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { writePeriodWorkbook, PeriodWorkbookOptions } from '../../src/exports/excel/period-workbook';
import type { PeriodReportData } from '../../src/exports/excel/period-report.shape';

/** The workbook the export writes for `report`, as bytes. */
export async function periodWorkbookBytes(report: PeriodReportData, options: PeriodWorkbookOptions): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await writePeriodWorkbook(report, out, options);
  await ended;
  return Buffer.concat(chunks);
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A cell's value, or a formula's cached result. */
export function valueOf(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  // exceljs reads a formula whose cached result is 0 back without a result.
  if (value && typeof value === 'object' && 'formula' in value) return (value as { result?: unknown }).result ?? 0;
  return value;
}
