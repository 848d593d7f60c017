import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Department } from '../../src/departments/department.entity';
import { MeetingSession } from '../../src/sessions/entities/meeting-session.entity';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { asBytes } from '../helpers/export-files';
import { pdfText, renderFirstPage } from '../helpers/render-office';
import { runSeed } from '../helpers/run-seed';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';
import { periodReportFixture } from '../../scripts/bench/period-report-fixture';
import { periodWorkbookBytes } from '../helpers/workbook-files';

/**
 * The Word and Excel files rendered by LibreOffice headless, as a clerk would
 * open them: each must convert without complaint, and the PNG of its first page
 * is kept under data/renders/ for a person to look at. Run in the SQLite pass
 * only (test/jest.config.js leaves this file out when TEST_DATABASE=postgres):
 * the layout does not depend on the database, and LibreOffice is slow.
 */
describe('Exported files rendered by LibreOffice', () => {
  let database: TestDatabase;
  let dir: string;
  let t: TestApp;
  let sessionId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-render-'));
    await runSeed(database, dir);
    t = await createTestApp({ database, as: 'office' });
    sessionId = (await t.dataSource.getRepository(MeetingSession).findOneByOrFail({})).id;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('renders the conclusion notice on A4 with its header, title, conclusions and signer', async () => {
    const res = await asBytes(t.http.get(`/api/sessions/${sessionId}/conclusion-notice.docx`)).expect(200);
    const { pdf, pages } = await renderFirstPage(res.body as Buffer, 'thong-bao-ket-luan.docx');
    expect(pages).toBeGreaterThanOrEqual(1);
    const text = await pdfText(pdf);
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 18/TB-UBND',
      'THÔNG BÁO',
      'Nơi nhận:',
      'TL. CHỦ TỊCH',
    ]) {
      expect(text).toContain(line);
    }
  }, 180_000);

  it('renders the reminder letter with its task table', async () => {
    // The unit with the most overdue tasks in the demo data.
    const overdue = (await t.http.get('/api/tasks?status=overdue&limit=200').expect(200)).body.items as Array<{
      leadDepartmentId: number;
    }>;
    const counts = new Map<number, number>();
    for (const task of overdue) counts.set(task.leadDepartmentId, (counts.get(task.leadDepartmentId) ?? 0) + 1);
    const [unitId] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const unit = await t.dataSource.getRepository(Department).findOneByOrFail({ id: unitId });
    const res = await asBytes(t.http.get(`/api/departments/${unitId}/reminder-letter.docx`)).expect(200);
    const { pdf } = await renderFirstPage(res.body as Buffer, 'cong-van-don-doc.docx');
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    for (const line of [
      'VĂN PHÒNG',
      'V/v đôn đốc thực hiện nhiệm vụ được giao',
      `Kính gửi: ${unit.name}.`,
      'Nơi nhận:',
      'Quá hạn',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('TL. CHỦ TỊCH');
  }, 180_000);

  it('renders the period workbook: landscape pages, the appendix heading, header rows repeated on every page', async () => {
    // The periods service is not wired yet: the builder on a realistic month of 600 tasks.
    const report = periodReportFixture(600);
    const bytes = await periodWorkbookBytes(report, { province: 'Bắc Kạn' });
    const { pdf, pages } = await renderFirstPage(bytes, 'bao-cao-nhiem-vu-2024-01.xlsx');
    expect(pages).toBeGreaterThan(2);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    for (const line of [
      'BẮC KẠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Phụ lục I',
      'Phụ lục II',
      'Kèm theo Báo cáo số',
      'Số liệu tính đến ngày 14/01/2024',
      'Tổng cộng',
    ]) {
      expect(text).toContain(line);
    }
    // Landscape, and the table header on every page of the appendices.
    const info = (await pdfText(pdf, true)).split('\f').filter((page) => page.trim() !== '');
    expect(info.length).toBe(pages);
    expect(info.filter((page) => page.includes('Nội dung nhiệm vụ') || page.includes('Đơn vị')).length).toBe(pages);
  }, 180_000);
});
