import * as fs from 'node:fs';
import * as path from 'node:path';
import { docxBytes, exeBytes, pdfBytes, plainZipBytes, xlsxBytes } from '../helpers/attachment-files';
import { TaskAttachment } from '../../src/attachments/task-attachment.entity';
import { UnlinkedAttachmentSweeper } from '../../src/attachments/unlinked-attachment-sweeper';
import { TestUser } from '../helpers/auth';
import { asBytes } from '../helpers/export-files';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createTask, dateFromNow, daysFromNow } from '../helpers/task-factory';
import { taskRoles } from '../helpers/task-roles';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);
const MB20 = 20 * 1024 * 1024;

/** Evidence files: uploaded by the lead unit or the office, checked by content, served to who may see the task. */
describe('Task attachments', () => {
  let t: TestApp;
  let unit: TestUser;
  let cooperating: TestUser;
  let stranger: TestUser;
  let office: TestUser;
  let leader: TestUser;
  let lead: number;
  let support: number;

  beforeAll(async () => {
    t = await createTestApp();
    ({ lead, support, unit, cooperating, stranger, office, leader } = await taskRoles(t));
  });

  afterAll(async () => {
    await t?.close();
  });

  const newTask = () =>
    createTask(t, { leadDepartmentId: lead, supportDepartmentIds: [support], dueAt: daysFromNow(5) });
  const upload = (user: TestUser, taskId: number, bytes: Buffer, fileName: string) =>
    t.anonymous.post(`/api/tasks/${taskId}/attachments`).set(user.header).attach('file', bytes, fileName);
  const download = (user: TestUser, taskId: number, id: number) =>
    asBytes(t.anonymous.get(`/api/tasks/${taskId}/attachments/${id}`).set(user.header));

  it.each([
    ['PDF', 'Báo cáo kết quả.pdf', 'application/pdf', () => Promise.resolve(pdfBytes())],
    ['DOCX', 'Báo cáo.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docxBytes],
    ['XLSX', 'Số liệu.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsxBytes],
  ])('accepts a %s from the lead unit and serves the same bytes', async (_kind, name, type, make) => {
    const task = await newTask();
    const bytes = await make();
    const res = await upload(unit, task.id, bytes, name).expect(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      fileName: name.normalize('NFC'),
      contentType: type,
      size: bytes.length,
      createdAt: expect.any(String),
    });
    for (const reader of [unit, cooperating, office, leader]) {
      const got = await download(reader, task.id, res.body.id).expect(200);
      expect(Buffer.compare(got.body as Buffer, bytes)).toBe(0);
      expect(got.headers['content-type']).toBe(type);
      expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
    }
  });

  it('stores files under FILES_DIR with no temporary file left behind', async () => {
    const task = await newTask();
    await upload(office, task.id, pdfBytes(), 'cong-van.pdf').expect(201);
    const root = path.join(t.dir, 'files');
    const stored = fs.readdirSync(path.join(root, 'attachments'), { recursive: true, withFileTypes: true });
    expect(stored.filter((e) => e.isFile()).length).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(root, 'tmp'))).toEqual([]);
  });

  it.each([
    ['an executable renamed .pdf', exeBytes, 'bao-cao.pdf'],
    ['an executable renamed .docx', exeBytes, 'bao-cao.docx'],
    ['a ZIP that is no Office document', () => plainZipBytes(), 'bao-cao.docx'],
    ['a PDF named .xlsx', () => pdfBytes(), 'so-lieu.xlsx'],
  ])('refuses %s with 415 naming file', async (_label, make, name) => {
    const task = await newTask();
    const res = await upload(unit, task.id, make(), name).expect(415);
    expect(fieldsOf(res.body)).toEqual(['file']);
    expect(fs.readdirSync(path.join(t.dir, 'files', 'tmp'))).toEqual([]);
  });

  it('refuses a file of 20 MB + 1 byte with 413 and accepts exactly 20 MB', async () => {
    const task = await newTask();
    const big = Buffer.alloc(MB20 + 1, 0x20);
    big.write('%PDF-1.4\n', 0, 'latin1');
    const res = await upload(unit, task.id, big, 'lon.pdf').expect(413);
    expect(fieldsOf(res.body)).toEqual(['file']);
    expect(fs.readdirSync(path.join(t.dir, 'files', 'tmp'))).toEqual([]);
    const exact = big.subarray(0, MB20);
    expect((await upload(unit, task.id, exact, 'vua-du.pdf').expect(201)).body.size).toBe(MB20);
  }, 60_000);

  it('refuses a request without a file, naming file', async () => {
    const task = await newTask();
    const res = await t.anonymous
      .post(`/api/tasks/${task.id}/attachments`)
      .set(unit.header)
      .send({ file: 'x' })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['file']);
    const empty = await upload(unit, task.id, Buffer.alloc(0), 'rong.pdf').expect(400);
    expect(fieldsOf(empty.body)).toEqual(['file']);
  });

  it('refuses another unit, a cooperating unit and a leader; hides the files from another unit', async () => {
    const task = await newTask();
    const id = (await upload(unit, task.id, pdfBytes(), 'a.pdf').expect(201)).body.id;
    await upload(stranger, task.id, pdfBytes(), 'b.pdf').expect(404);
    await upload(cooperating, task.id, pdfBytes(), 'b.pdf').expect(403);
    await upload(leader, task.id, pdfBytes(), 'b.pdf').expect(403);
    await download(stranger, task.id, id).expect(404);
    const other = await newTask();
    await download(unit, other.id, id).expect(404);
  });

  it('sanitises names', async () => {
    const task = await newTask();
    const res = await upload(unit, task.id, pdfBytes(), '..\\..\\etc/<Kết quả>: "quý I"?.pdf').expect(201);
    expect(res.body.fileName).toBe('Kết quả quý I.pdf');
    const bare = await upload(unit, task.id, pdfBytes(), 'baocao').expect(201);
    expect(bare.body.fileName).toBe('baocao.pdf');
  });

  it('links uploaded files to the completion; the progress entry lists them', async () => {
    const task = await newTask();
    const pdf = (await upload(unit, task.id, pdfBytes(), 'Báo cáo.pdf').expect(201)).body;
    const xlsx = (await upload(unit, task.id, await xlsxBytes(), 'Số liệu.xlsx').expect(201)).body;
    const other = await newTask();
    const foreign = (await upload(unit, other.id, pdfBytes(), 'khac.pdf').expect(201)).body;
    const complete = (attachmentIds: number[]) =>
      t.anonymous
        .post(`/api/tasks/${task.id}/progress`)
        .set(unit.header)
        .send({ completed: true, completedOn: dateFromNow(0), result: 'Đã hoàn thành.', attachmentIds });
    expect(fieldsOf((await complete([pdf.id, foreign.id]).expect(400)).body)).toEqual(['attachmentIds']);
    const entry = (await complete([pdf.id, xlsx.id]).expect(201)).body;
    const summary = (a: typeof pdf) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, size: a.size });
    expect(entry.attachments).toEqual([summary(pdf), summary(xlsx)]);
    const listed = (await t.anonymous.get(`/api/tasks/${task.id}/progress`).set(office.header).expect(200)).body;
    expect(listed.items[0].attachments).toEqual([summary(pdf), summary(xlsx)]);
    // The task's files, for its page: every reader sees both, linked to the completion; another unit sees none.
    const files = (await t.anonymous.get(`/api/tasks/${task.id}/attachments`).set(cooperating.header).expect(200)).body;
    expect(files).toEqual([
      { ...summary(pdf), createdAt: pdf.createdAt, progressId: entry.id },
      { ...summary(xlsx), createdAt: xlsx.createdAt, progressId: entry.id },
    ]);
    await t.anonymous.get(`/api/tasks/${task.id}/attachments`).set(stranger.header).expect(404);
    // The task is completed: nothing more is uploaded to it.
    await upload(unit, task.id, pdfBytes(), 'muon.pdf').expect(409);
  });
  it('removes an upload never linked to a completion after ATTACHMENT_UNLINKED_TTL_HOURS, file and row, and keeps the others', async () => {
    const HOUR = 60 * 60 * 1000;
    const task = await newTask();
    const linked = (await upload(unit, task.id, pdfBytes(), 'Báo cáo kết quả.pdf').expect(201)).body;
    const forgotten = (await upload(unit, task.id, pdfBytes(), 'Bản nháp.pdf').expect(201)).body;
    const recent = (await upload(unit, task.id, pdfBytes(), 'Phụ lục.pdf').expect(201)).body;
    await t.anonymous
      .post(`/api/tasks/${task.id}/progress`)
      .set(unit.header)
      .send({ percent: 50, note: 'Đã gửi báo cáo sơ bộ.', attachmentIds: [linked.id] })
      .expect(201);
    const attachments = t.dataSource.getRepository(TaskAttachment);
    const keyOf = async (id: number) => (await attachments.findOneByOrFail({ id })).storageKey;
    const fileOf = async (id: number) => path.join(t.dir, 'files', await keyOf(id));
    const [linkedFile, forgottenFile, recentFile] = [
      await fileOf(linked.id),
      await fileOf(forgotten.id),
      await fileOf(recent.id),
    ];
    // Uploaded 25 hours ago, as the linked one; the third an hour ago.
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);
    await attachments.update({ id: linked.id }, { createdAt: hoursAgo(25) });
    await attachments.update({ id: forgotten.id }, { createdAt: hoursAgo(25) });
    await attachments.update({ id: recent.id }, { createdAt: hoursAgo(1) });
    // An upload cut off a day ago left its temporary file; one under way now must stay.
    const tmp = path.join(t.dir, 'files', 'tmp');
    fs.mkdirSync(tmp, { recursive: true });
    fs.writeFileSync(path.join(tmp, 'cut-off.part'), 'x');
    fs.utimesSync(path.join(tmp, 'cut-off.part'), hoursAgo(25), hoursAgo(25));
    fs.writeFileSync(path.join(tmp, 'under-way.part'), 'x');

    const sweeper = t.app.get(UnlinkedAttachmentSweeper);
    expect(await sweeper.run()).toEqual({ attachments: 1, temporaryFiles: 1 });
    expect(fs.existsSync(forgottenFile)).toBe(false);
    expect(await attachments.findOneBy({ id: forgotten.id })).toBeNull();
    await download(unit, task.id, forgotten.id).expect(404);
    for (const [id, file] of [
      [linked.id, linkedFile],
      [recent.id, recentFile],
    ] as const) {
      expect(fs.existsSync(file)).toBe(true);
      await download(unit, task.id, id).expect(200);
    }
    expect(fs.readdirSync(tmp)).toEqual(['under-way.part']);
    fs.rmSync(path.join(tmp, 'under-way.part'));
    // The removed upload can no longer be linked; the recent one still can.
    const complete = (attachmentIds: number[]) =>
      t.anonymous
        .post(`/api/tasks/${task.id}/progress`)
        .set(unit.header)
        .send({ completed: true, completedOn: dateFromNow(0), result: 'Đã hoàn thành.', attachmentIds });
    expect(fieldsOf((await complete([forgotten.id]).expect(400)).body)).toEqual(['attachmentIds']);
    await complete([recent.id]).expect(201);
    // Linked files stay however old they grow.
    await sweeper.run(new Date(Date.now() + 48 * HOUR));
    expect(fs.existsSync(linkedFile)).toBe(true);
    expect(fs.existsSync(recentFile)).toBe(true);
    expect(await attachments.countBy({ taskId: task.id })).toBe(2);
  });

  it('takes the age from ATTACHMENT_UNLINKED_TTL_HOURS', async () => {
    const other = await createTestApp({ env: { ATTACHMENT_UNLINKED_TTL_HOURS: '2' } });
    try {
      const roles = await taskRoles(other);
      const task = await createTask(other, { leadDepartmentId: roles.lead, dueAt: daysFromNow(5) });
      const res = await other.anonymous
        .post(`/api/tasks/${task.id}/attachments`)
        .set(roles.unit.header)
        .attach('file', pdfBytes(), 'nhap.pdf')
        .expect(201);
      const file = path.join(
        other.dir,
        'files',
        (await other.dataSource.getRepository(TaskAttachment).findOneByOrFail({ id: res.body.id })).storageKey,
      );
      const sweeper = other.app.get(UnlinkedAttachmentSweeper);
      expect((await sweeper.run(new Date(Date.now() + 60 * 60 * 1000))).attachments).toBe(0);
      expect(fs.existsSync(file)).toBe(true);
      expect((await sweeper.run(new Date(Date.now() + 3 * 60 * 60 * 1000))).attachments).toBe(1);
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      await other.close();
    }
  });
});
