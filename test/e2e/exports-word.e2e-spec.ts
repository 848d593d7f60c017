import { Department } from '../../src/departments/department.entity';
import { AssigningDocument } from '../../src/documents/assigning-document.entity';
import { MeetingSession } from '../../src/sessions/entities/meeting-session.entity';
import { SessionAttendee } from '../../src/sessions/entities/session-attendee.entity';
import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDocument } from '../helpers/document-factory';
import { asBytes, DocxParagraph, fileNameOf, readDocx } from '../helpers/export-files';
import { createDepartment, createSession, createTask, dateFromNow, TaskJson } from '../helpers/task-factory';

/** The Word drafts unzipped: the decree's page, fonts and sizes, and the session's or unit's own figures. */
describe('Word drafts: conclusion notice and reminder letter', () => {
  let t: TestApp;
  let health: Department;
  let finance: Department;
  let session: MeetingSession;
  let notice: AssigningDocument;
  let leader: TestUser;
  let healthUser: TestUser;
  let tasks: TaskJson[];
  let cancelled: TaskJson;

  const docx = async (url: string, header?: Record<string, string>) => {
    const res = await asBytes(header ? t.anonymous.get(url).set(header) : t.http.get(url)).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    return { res, ...(await readDocx(res.body as Buffer)) };
  };
  const find = (paragraphs: DocxParagraph[], text: string) => {
    const found = paragraphs.find((p) => p.text === text);
    if (!found) throw new Error(`no paragraph "${text}" in ${JSON.stringify(paragraphs.map((p) => p.text))}`);
    return found;
  };

  beforeAll(async () => {
    t = await createTestApp({ as: 'office' });
    health = await createDepartment(t, { code: 'SYT', name: 'Sở Y tế' });
    finance = await createDepartment(t, { code: 'STC', name: 'Sở Tài chính' });
    leader = await loginAs(t, 'leader');
    healthUser = await loginAs(t, 'department', { departmentId: health.id });
    session = await createSession(t, {
      title: 'Phiên họp thường kỳ UBND tỉnh tháng 01/2024',
      heldAt: new Date('2024-01-25T01:00:00Z'),
      location: 'Hội trường UBND tỉnh Bắc Kạn',
      chairedBy: 'Nguyễn Đăng Bình, Chủ tịch UBND tỉnh',
      minutes:
        'Dự Phiên họp còn có đại diện lãnh đạo HĐND tỉnh.\n\nBáo cáo tại Phiên họp thể hiện, trong tháng 01, tình hình sản xuất kinh doanh duy trì ổn định.',
    });
    // The notice's number, date and signer live on the session's conclusion_notice document.
    notice = await createDocument(t, {
      kind: 'conclusion_notice',
      number: '18/TB-UBND',
      issuedOn: '2024-02-05',
      issuer: 'UBND tỉnh Bắc Kạn',
      signerName: 'Phạm Duy Hưng',
      signerTitle: 'Phó Chủ tịch UBND tỉnh',
      summary: 'Thông báo kết luận Phiên họp thường kỳ UBND tỉnh tháng 01/2024',
      sessionId: session.id,
    });
    await t.dataSource.getRepository(SessionAttendee).save([
      {
        sessionId: session.id,
        fullName: 'Nguyễn Đăng Bình',
        position: 'Chủ tịch UBND tỉnh',
        role: 'chair',
        organization: 'UBND tỉnh Bắc Kạn',
      },
      { sessionId: session.id, fullName: 'Đại diện HĐND', role: 'invited', organization: 'HĐND tỉnh Bắc Kạn' },
      {
        sessionId: session.id,
        fullName: 'Giám đốc Sở Y tế',
        role: 'member',
        departmentId: health.id,
        organization: 'Sở Y tế',
      },
    ]);
    tasks = [
      await createTask(t, {
        sessionId: session.id,
        documentId: notice.id,
        leadDepartmentId: finance.id,
        supportDepartmentIds: [health.id],
        title: 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024',
        dueDate: '2024-01-31',
      }),
      await createTask(t, {
        sessionId: session.id,
        documentId: notice.id,
        leadDepartmentId: health.id,
        title: 'Bảo đảm công tác khám, chữa bệnh cho Nhân dân trong dịp Tết Nguyên đán Giáp Thìn 2024',
        dueDate: null,
      }),
    ];
    cancelled = await createTask(t, {
      sessionId: session.id,
      documentId: notice.id,
      leadDepartmentId: health.id,
      dueDate: '2024-02-10',
    });
    await t.http.post(`/api/tasks/${cancelled.id}/cancel`).send({ reason: 'Không còn phù hợp' }).expect(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lays out the conclusion notice on A4 with the decree’s margins, Times New Roman and its sizes', async () => {
    const { res, xml, paragraphs } = await docx(`/api/sessions/${session.id}/conclusion-notice.docx`);
    expect(fileNameOf(res)).toBe(`thong-bao-ket-luan-phien-hop-${session.id}-2024-01-25.docx`);
    // A4 (twips) and margins of 20 mm top and bottom, 30 mm left, 15 mm right.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const fonts = new Set(paragraphs.flatMap((p) => p.runs.filter((r) => r.text).map((r) => r.font)));
    expect([...fonts]).toEqual(['Times New Roman']);
    const check = (text: string, style: { size: number; bold?: boolean; italics?: boolean }) => {
      const run = find(paragraphs, text).runs[0];
      expect({ text, size: run.size, bold: run.bold, italics: run.italics }).toEqual({
        text,
        size: style.size,
        bold: style.bold ?? false,
        italics: style.italics ?? false,
      });
    };
    check('ỦY BAN NHÂN DÂN', { size: 13, bold: true });
    check('TỈNH BẮC KẠN', { size: 13, bold: true });
    check('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true });
    check('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true });
    check('Số: 18/TB-UBND', { size: 13 });
    check('Bắc Kạn, ngày 05 tháng 02 năm 2024', { size: 14, italics: true });
    check('THÔNG BÁO', { size: 14, bold: true });
    check('Kết luận của Chủ tịch UBND tỉnh', { size: 14, bold: true });
    check('tại phiên họp thường kỳ UBND tỉnh tháng 01/2024', { size: 14, bold: true });
    check('Nơi nhận:', { size: 12, bold: true, italics: true });
    check('- Lưu: VT, TH.', { size: 11 });
    // Signed by the document's signer: a vice-chairman on the chairman's behalf.
    check('KT. CHỦ TỊCH', { size: 14, bold: true });
    check('PHÓ CHỦ TỊCH', { size: 14, bold: true });
    check('Phạm Duy Hưng', { size: 14, bold: true });
    const opening = paragraphs.find((p) => p.text.startsWith('Ngày 25/01/2024'))!;
    expect(opening.text).toBe(
      'Ngày 25/01/2024, tại Hội trường UBND tỉnh Bắc Kạn, đồng chí Nguyễn Đăng Bình, Chủ tịch UBND tỉnh chủ trì ' +
        'phiên họp thường kỳ UBND tỉnh tháng 01/2024. Tham dự phiên họp có đại diện lãnh đạo HĐND tỉnh Bắc Kạn; lãnh đạo Sở Y tế.',
    );
    expect(opening.xml).toMatch(/<w:jc w:val="both"\/>/);
    expect(opening.xml).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(opening.runs[0].size).toBe(14);
    // The minutes' own attendance line is not repeated; the rest of the account is.
    expect(paragraphs.some((p) => p.text.startsWith('Dự Phiên họp'))).toBe(false);
    expect(paragraphs.some((p) => p.text.startsWith('Báo cáo tại Phiên họp thể hiện'))).toBe(true);
  });

  it('numbers the session’s conclusions, each with its lead and cooperating units and deadline', async () => {
    const { paragraphs } = await docx(`/api/sessions/${session.id}/conclusion-notice.docx`, leader.header);
    const numbered = paragraphs.filter((p) => /^\d+\. /.test(p.text));
    expect(numbered.map((p) => p.text)).toEqual([
      '1. Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024.',
      '2. Bảo đảm công tác khám, chữa bệnh cho Nhân dân trong dịp Tết Nguyên đán Giáp Thìn 2024.',
    ]);
    expect(numbered[0].runs[0]).toMatchObject({ text: '1. ', bold: true });
    const units = paragraphs.filter((p) => p.text.startsWith('Đơn vị chủ trì: ')).map((p) => p.text);
    expect(units).toEqual([
      'Đơn vị chủ trì: Sở Tài chính; đơn vị phối hợp: Sở Y tế; thời hạn hoàn thành: 31/01/2024.',
      'Đơn vị chủ trì: Sở Y tế; thời hạn hoàn thành: Thường xuyên.',
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual(
      expect.arrayContaining(['- Chủ tịch, các Phó Chủ tịch UBND tỉnh;', '- Sở Tài chính;', '- Sở Y tế;']),
    );
    expect(tasks).toHaveLength(2);
  });

  it('leaves the number, the date and the signer blank to fill by hand when the session has no numbered notice', async () => {
    const bare = await createSession(t, { title: 'Phiên họp chuyên đề về giải ngân vốn đầu tư công' });
    const blanks = (await docx(`/api/sessions/${bare.id}/conclusion-notice.docx`)).paragraphs;
    expect(blanks.some((p) => /^Số: {2,}\/TB-UBND$/.test(p.text))).toBe(true);
    find(blanks, 'Bắc Kạn, ngày      tháng      năm 2024');
    find(blanks, 'TL. CHỦ TỊCH');
    find(blanks, 'CHÁNH VĂN PHÒNG');
    expect(blanks.some((p) => p.text === 'Phạm Duy Hưng')).toBe(false);

    // A placeholder document (no number yet): its date is the session's day, not an issue date, so both stay
    // blank; the signer it names signs.
    const placeholder = await createSession(t, { title: 'Phiên họp chuyên đề về chuyển đổi số' });
    await createDocument(t, {
      kind: 'conclusion_notice',
      number: null,
      issuedOn: '2024-01-25',
      signerName: 'Nguyễn Đăng Bình',
      signerTitle: 'Chủ tịch UBND tỉnh',
      summary: 'Văn bản giao nhiệm vụ tại Phiên họp chuyên đề về chuyển đổi số',
      sessionId: placeholder.id,
    });
    const drafted = (await docx(`/api/sessions/${placeholder.id}/conclusion-notice.docx`)).paragraphs;
    expect(drafted.some((p) => /^Số: {2,}\/TB-UBND$/.test(p.text))).toBe(true);
    find(drafted, 'Bắc Kạn, ngày      tháng      năm 2024');
    find(drafted, 'CHỦ TỊCH');
    find(drafted, 'Nguyễn Đăng Bình');
    expect(drafted.some((p) => p.text === 'TL. CHỦ TỊCH' || p.text === 'KT. CHỦ TỊCH')).toBe(false);
  });

  it('drafts a reminder letter listing the unit’s overdue and soon-due tasks as they stood on asOf', async () => {
    const overdue = await createTask(t, {
      leadDepartmentId: health.id,
      title: 'Báo cáo tình hình dịch bệnh mùa đông xuân',
      dueDate: dateFromNow(-3),
      sessionId: session.id,
      documentId: notice.id,
    });
    const soon = await createTask(t, {
      leadDepartmentId: health.id,
      title: 'Kiểm tra an toàn thực phẩm',
      dueDate: dateFromNow(2),
    });
    await createTask(t, { leadDepartmentId: health.id, title: 'Xây dựng kế hoạch năm sau', dueDate: dateFromNow(40) });
    await createTask(t, { leadDepartmentId: finance.id, title: 'Nhiệm vụ của đơn vị khác', dueDate: dateFromNow(-3) });
    // Completed today: on the day before, it was still overdue.
    const lateDone = await createTask(t, {
      leadDepartmentId: health.id,
      title: 'Tổng hợp số liệu tiêm chủng',
      dueDate: dateFromNow(-5),
    });
    await t.http.post(`/api/tasks/${lateDone.id}/progress`).send({ note: 'Đã xong', completed: true }).expect(201);

    const today = dateFromNow(0);
    const { res, paragraphs, xml } = await docx(`/api/departments/${health.id}/reminder-letter.docx?asOf=${today}`);
    expect(fileNameOf(res)).toBe(`cong-van-don-doc-syt-${today}.docx`);
    find(paragraphs, 'Kính gửi: Sở Y tế.');
    find(paragraphs, 'V/v đôn đốc thực hiện nhiệm vụ được giao');
    find(paragraphs, 'UBND TỈNH BẮC KẠN');
    find(paragraphs, 'VĂN PHÒNG');
    expect(paragraphs.some((p) => p.text === 'TL. CHỦ TỊCH')).toBe(false);
    const list = (text: string) => {
      const rows = [...text.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) =>
        [...row.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|'),
      );
      return rows.filter((r) => /^\d+\|/.test(r));
    };
    const rows = list(xml);
    // The open tasks the list route calls overdue and due soon for the unit, on this day.
    const api = async (status: string) =>
      (await t.http.get(`/api/tasks?leadDepartmentId=${health.id}&status=${status}&limit=200`).expect(200)).body
        .items as TaskJson[];
    const expected = [...(await api('overdue')), ...(await api('due_soon'))];
    expect(rows).toHaveLength(expected.length);
    expect(rows.map((r) => r.split('|')[1]).sort()).toEqual(expected.map((task) => task.title).sort());
    expect(rows.some((r) => r.includes(overdue.title) && r.includes('Quá hạn 3 ngày'))).toBe(true);
    expect(rows.some((r) => r.includes(soon.title) && r.includes('Còn 2 ngày'))).toBe(true);
    expect(rows.some((r) => r.includes('Thông báo số 18/TB-UBND ngày 05/02/2024'))).toBe(true);
    const situation = paragraphs.find((p) => p.text.startsWith('Theo dõi việc thực hiện'))!.text;
    expect(situation).toContain(
      `Sở Y tế còn ${(await api('overdue')).length} nhiệm vụ quá hạn và ${(await api('due_soon')).length} nhiệm vụ sắp đến hạn`,
    );

    const yesterday = dateFromNow(-1);
    const before = list((await docx(`/api/departments/${health.id}/reminder-letter.docx?asOf=${yesterday}`)).xml);
    expect(before.some((r) => r.includes(lateDone.title))).toBe(true);
    expect(rows.some((r) => r.includes(lateDone.title))).toBe(false);
  });

  it('refuses, naming the rule, a reminder letter to a unit with nothing overdue or due soon on asOf', async () => {
    const planning = await createDepartment(t, { code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư' });
    await createTask(t, {
      leadDepartmentId: planning.id,
      title: 'Xây dựng kế hoạch đầu tư công năm sau',
      dueDate: dateFromNow(40),
    });
    const res = await t.http
      .get(`/api/departments/${planning.id}/reminder-letter.docx?asOf=${dateFromNow(0)}`)
      .expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, rule: 'nothing_to_remind' });
    expect(res.body.message).toMatch(
      /^Sở Kế hoạch và Đầu tư không có nhiệm vụ quá hạn hoặc sắp đến hạn tính đến ngày \d\d\/\d\d\/\d{4}/,
    );
    // The same unit on a day its task was due soon gets its letter.
    await docx(`/api/departments/${planning.id}/reminder-letter.docx?asOf=${dateFromNow(38)}`);
  });

  it('is drafted by the office and leaders only, for sessions and units that exist', async () => {
    await t.anonymous.get(`/api/sessions/${session.id}/conclusion-notice.docx`).set(healthUser.header).expect(403);
    await t.anonymous.get(`/api/departments/${health.id}/reminder-letter.docx`).set(healthUser.header).expect(403);
    await t.http.get('/api/sessions/999999/conclusion-notice.docx').expect(404);
    await t.http.get('/api/departments/999999/reminder-letter.docx').expect(404);
    const bad = await t.http.get(`/api/departments/${health.id}/reminder-letter.docx?asOf=2024-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ statusCode: 400, errors: [{ field: 'asOf' }] });
  });
});
