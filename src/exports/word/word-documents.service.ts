import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { Packer, Paragraph, Table, TableCell, TableRow, WidthType, AlignmentType, VerticalAlign } from 'docx';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { ruleConflict } from '../../common/http/rule-conflict';
import { lowerFirst } from '../../common/text/letter-case';
import { addCalendarDays, endOfLocalDay, formatCalendarDate, localDateOf } from '../../common/time/zoned-time';
import { AppConfig } from '../../config/app-config';
import { Department } from '../../departments/department.entity';
import { AssigningDocument, DOCUMENT_KIND_LABELS } from '../../documents/assigning-document.entity';
import { MeetingSession } from '../../sessions/entities/meeting-session.entity';
import { SessionAttendee } from '../../sessions/entities/session-attendee.entity';
import { ListTasksQuery } from '../../tasks/dto/list-tasks.query';
import { TaskResponse } from '../../tasks/dto/task.response';
import { DAY_MS, deriveTaskStatus } from '../../tasks/task-status';
import { TaskService } from '../../tasks/tasks.service';
import { slug } from '../download';
import { deadlineText } from '../task-labels';
import { signerBlock } from './signer';
import {
  body,
  centred,
  GRID,
  headerTable,
  placeDateLine,
  recipientsAndSigner,
  run,
  stateDocument,
  TEXT_WIDTH,
  titleBlock,
} from './state-document';

/** Above this many units the notice names them as a group in "Nơi nhận". */
const MAX_NAMED_RECIPIENTS = 12;

export interface WordFile {
  stream: Readable;
  fileName: string;
}

/** Drafts of the office's Word documents in the Nghị định 30/2020 layout, ready to edit and sign. */
@Injectable()
export class WordDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: TaskService,
    private readonly config: AppConfig,
  ) {}

  /** The thông báo kết luận of a session: its account and its tasks as numbered conclusions. */
  async conclusionNotice(sessionId: number, actor: Actor): Promise<WordFile> {
    const manager = this.dataSource.manager;
    const session = await manager.findOne(MeetingSession, { where: { id: sessionId } });
    if (!session) throw new NotFoundException(`Session ${sessionId} not found`);
    const attendees = await manager.find(SessionAttendee, { where: { sessionId }, order: { id: 'ASC' } });
    const departments = await this.departments();
    const names = new Map([...departments].map(([id, d]) => [id, d.name]));
    const tasks = (await this.allTasks({ sessionId, sort: 'createdAt' }, actor)).filter(
      (t) => t.status !== 'cancelled',
    );

    const zone = this.config.timeZone;
    const province = this.config.provinceName;
    const heldOn = localDateOf(session.heldAt, zone);
    const notice = await this.conclusionNoticeDocument(sessionId);
    // A placeholder document (no number yet) carries the session's day, not an issue date: both are left blank.
    const numbered = notice?.number ? notice : null;
    const number = numbered?.number ?? '/TB-UBND';
    const byOffice = /VPUBND/.test(number) || /^văn phòng/i.test(notice?.issuer ?? '');
    const [chairName, chairTitle] = splitChair(
      session.chairedBy ?? attendees.find((a) => a.role === 'chair')?.fullName,
    );
    const chairRole = chairTitle ?? 'Chủ tịch UBND tỉnh';
    const meeting = lowerFirst(session.title);

    const attended = attendanceOf(attendees, departments);
    const opening =
      `Ngày ${formatCalendarDate(heldOn)}${session.location ? `, tại ${session.location}` : ''}, ` +
      `${chairName ? `đồng chí ${chairName}, ${chairRole}` : chairRole} chủ trì ${meeting}.` +
      (attended ? ` Tham dự phiên họp có ${attended}.` : '');
    // The opening says who attended, from the attendee list; the minutes' own attendance line would repeat it.
    const account = paragraphsOf(session.minutes).filter((p) => !/^(dự|tham dự) phiên họp/i.test(p));

    const conclusions: Paragraph[] = [];
    tasks.forEach((task, i) => {
      conclusions.push(body([run(`${i + 1}. `, { bold: true }), run(sentence(task.title))], { keepNext: true }));
      const support = task.supportDepartmentIds.map((id) => names.get(id) ?? '').filter(Boolean);
      conclusions.push(
        body(
          [
            run('Đơn vị chủ trì: ', { italics: true }),
            run(names.get(task.leadDepartmentId) ?? ''),
            ...(support.length > 0 ? [run('; đơn vị phối hợp: ', { italics: true }), run(support.join(', '))] : []),
            run('; thời hạn hoàn thành: ', { italics: true }),
            run(`${deadlineText(task, zone)}.`),
          ],
          { keepNext: false },
        ),
      );
    });

    const units = [...new Set(tasks.flatMap((t) => [t.leadDepartmentId, ...t.supportDepartmentIds]))]
      .map((id) => names.get(id))
      .filter((n): n is string => !!n);
    const recipients = [
      'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
      ...(units.length > MAX_NAMED_RECIPIENTS ? ['Các sở, ban, ngành, địa phương có tên tại Thông báo'] : units),
      'Lưu: VT, TH',
    ];
    const signer = signerBlock(
      notice?.signerTitle ?? null,
      notice?.signerName ?? null,
      byOffice ? 'office' : 'committee',
    );
    const doc = stateDocument(`Thông báo kết luận – ${session.title}`, [
      headerTable({
        parent: byOffice ? `UBND ${province.toUpperCase()}` : null,
        issuer: byOffice ? ['VĂN PHÒNG'] : ['ỦY BAN NHÂN DÂN', province.toUpperCase()],
        number: `Số: ${number.startsWith('/') ? `      ${number}` : number}`,
        placeDate: placeDateLine(this.config.provincePlace, numbered?.issuedOn ?? null, Number(heldOn.slice(0, 4))),
      }),
      ...titleBlock('Thông báo', balancedLines(`Kết luận của ${chairRole} tại ${meeting}`)),
      body(opening),
      ...account.map((p) => body(p)),
      body(`Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, ${chairRole} kết luận và giao nhiệm vụ như sau:`),
      ...(conclusions.length > 0 ? conclusions : [body('(Phiên họp chưa có nhiệm vụ được giao.)')]),
      body(
        `${byOffice ? 'Văn phòng UBND tỉnh' : 'Ủy ban nhân dân tỉnh'} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.`,
      ),
      recipientsAndSigner(recipients, signer),
    ]);
    return {
      stream: Packer.toStream(doc) as Readable,
      fileName: `thong-bao-ket-luan-phien-hop-${sessionId}-${heldOn}.docx`,
    };
  }

  /**
   * A công văn đôn đốc to one unit: the tasks it leads that were overdue or due
   * soon on `asOf` (their status as it stood at the end of that day).
   */
  async reminderLetter(departmentId: number, asOf: string | undefined, actor: Actor): Promise<WordFile> {
    const manager = this.dataSource.manager;
    const department = await manager.findOne(Department, { where: { id: departmentId } });
    if (!department) throw new NotFoundException(`Department ${departmentId} not found`);
    const zone = this.config.timeZone;
    const province = this.config.provinceName;
    const day = asOf ?? localDateOf(new Date(), zone);
    const at = endOfLocalDay(day, zone);
    const rows = (await this.allTasks({ leadDepartmentId: departmentId, sort: 'dueAt' }, actor))
      .map((task) => ({ task, status: statusOn(task, at, this.config.dueSoonDays) }))
      .filter((r) => r.status === 'overdue' || r.status === 'due_soon');
    const overdue = rows.filter((r) => r.status === 'overdue');
    const dueSoon = rows.filter((r) => r.status === 'due_soon');
    // A letter urging a unit on with nothing to urge would only confuse it: the office is told instead.
    if (rows.length === 0) {
      throw ruleConflict(
        'nothing_to_remind',
        `${department.name} không có nhiệm vụ quá hạn hoặc sắp đến hạn tính đến ngày ${formatCalendarDate(day)}, ` +
          'không có nội dung để đôn đốc.',
      );
    }

    const situation = reminderSituation(department.name, day, overdue.length, dueSoon.length);
    const request =
      `Văn phòng UBND tỉnh đề nghị ${department.name} khẩn trương chỉ đạo thực hiện các nhiệm vụ nêu trên, ` +
      `báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày ${formatCalendarDate(addCalendarDays(day, 7))}; ` +
      `trường hợp không hoàn thành đúng thời hạn, đề nghị báo cáo rõ nguyên nhân và đề xuất gia hạn theo quy định./.`;

    const doc = stateDocument(`Đôn đốc thực hiện nhiệm vụ – ${department.name}`, [
      headerTable({
        parent: `UBND ${province.toUpperCase()}`,
        issuer: ['VĂN PHÒNG'],
        number: 'Số:        /VPUBND-TH',
        summary: 'V/v đôn đốc thực hiện nhiệm vụ được giao',
        placeDate: placeDateLine(this.config.provincePlace, day),
      }),
      new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
      centred(`Kính gửi: ${department.name}.`, { size: 14 }, 240),
      body(situation),
      reminderTable(
        rows.map(({ task, status }) => ({
          task,
          document: documentLine(task.document),
          state:
            status === 'overdue'
              ? `Quá hạn ${daysBetween(task, day, zone)} ngày`
              : `Còn ${Math.max(0, -daysBetween(task, day, zone))} ngày`,
        })),
        zone,
      ),
      new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
      body(request),
      recipientsAndSigner(
        ['Như trên', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh (b/c)', 'Lưu: VT, TH'],
        signerBlock('Chánh Văn phòng', null, 'office'),
      ),
    ]);
    return {
      stream: Packer.toStream(doc) as Readable,
      fileName: `cong-van-don-doc-${slug(department.code)}-${day}.docx`,
    };
  }

  private async allTasks(filters: Record<string, unknown>, actor: Actor): Promise<TaskResponse[]> {
    const all: TaskResponse[] = [];
    for await (const batch of this.tasks.scan(plainToInstance(ListTasksQuery, filters), actor)) all.push(...batch);
    return all;
  }

  private async departments(): Promise<Map<number, Department>> {
    const rows = await this.dataSource.manager.find(Department, { select: { id: true, name: true, kind: true } });
    return new Map(rows.map((d) => [d.id, d]));
  }

  /**
   * The session's thông báo kết luận among the documents (the one place its
   * number, date and signer are kept): the numbered one if any, the latest.
   */
  private async conclusionNoticeDocument(sessionId: number): Promise<AssigningDocument | null> {
    return this.dataSource.manager
      .getRepository(AssigningDocument)
      .createQueryBuilder('d')
      .where('d.sessionId = :sessionId', { sessionId })
      .andWhere('d.kind = :kind', { kind: 'conclusion_notice' })
      .orderBy('CASE WHEN d.number IS NULL THEN 1 ELSE 0 END', 'ASC')
      .addOrderBy('d.issuedOn', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .getOne();
  }
}

/**
 * The reminder letter's account of the unit's open tasks on `day` (at least one): the counts it has, a count of none
 * left unsaid ("còn 1 nhiệm vụ quá hạn chưa hoàn thành", not "… và 0 nhiệm vụ sắp đến hạn …").
 */
export function reminderSituation(unit: string, day: string, overdue: number, dueSoon: number): string {
  const opening =
    `Theo dõi việc thực hiện các nhiệm vụ được Chủ tịch, các Phó Chủ tịch UBND tỉnh giao, tính đến ngày ` +
    `${formatCalendarDate(day)}, ${unit}`;
  const counts = [
    ...(overdue > 0 ? [`${overdue} nhiệm vụ quá hạn`] : []),
    ...(dueSoon > 0 ? [`${dueSoon} nhiệm vụ sắp đến hạn`] : []),
  ];
  return `${opening} còn ${counts.join(' và ')} chưa hoàn thành, cụ thể như sau:`;
}

/** A task's assigning document as a letter cites it: "Thông báo số 18/TB-UBND ngày 05/02/2024", or its summary. */
function documentLine(document: TaskResponse['document']): string {
  if (!document.number) return document.summary;
  const kind = document.kind === 'conclusion_notice' ? 'Thông báo' : DOCUMENT_KIND_LABELS[document.kind];
  return `${kind} số ${document.number} ngày ${formatCalendarDate(document.issuedOn)}`;
}

/** A task's status as it stood at `at`: what was completed or cancelled later was still open then. */
function statusOn(task: TaskResponse, at: Date, dueSoonDays: number) {
  const before = (instant: string | null) =>
    instant && Date.parse(instant) <= at.getTime() ? new Date(instant) : null;
  return deriveTaskStatus(
    {
      dueAt: task.dueAt ? new Date(task.dueAt) : null,
      completedAt: before(task.completedAt),
      cancelledAt: before(task.cancelledAt),
    },
    at,
    dueSoonDays,
  );
}

/** Whole days from the task's deadline day to `day` (positive once overdue). */
function daysBetween(task: TaskResponse, day: string, zone: string): number {
  const due = task.dueDate ?? localDateOf(new Date(task.dueAt as string), zone);
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / DAY_MS);
}

function reminderTable(rows: Array<{ task: TaskResponse; document: string; state: string }>, zone: string): Table {
  const widths = [700, 3800, 2050, 1350, TEXT_WIDTH - 700 - 3800 - 2050 - 1350];
  const cell = (text: string, width: number, header = false, align: 'center' | 'left' = 'center') =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 0, after: 0, line: 240 },
          children: [run(text, { size: 12, bold: header })],
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['STT', 'Nội dung nhiệm vụ', 'Văn bản giao', 'Thời hạn', 'Tình trạng'].map((h, i) =>
      cell(h, widths[i], true),
    ),
  });
  const lines = rows.map(
    ({ task, document, state }, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(String(i + 1), widths[0]),
          cell(task.title, widths[1], false, 'left'),
          cell(document, widths[2], false, 'left'),
          cell(deadlineText(task, zone), widths[3]),
          cell(state, widths[4]),
        ],
      }),
  );
  const none = new TableRow({
    children: [
      new TableCell({
        columnSpan: widths.length,
        margins: { left: 80, right: 80, top: 40, bottom: 40 },
        children: [centred('Không có nhiệm vụ quá hạn hoặc sắp đến hạn.', { size: 12, italics: true })],
      }),
    ],
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID,
    rows: [header, ...(lines.length > 0 ? lines : [none])],
  });
}

/** Above this many, units of one kind are named as a group. */
const MAX_NAMED_ATTENDEES = 4;

/**
 * Who attended, as a notice says it: outside bodies by name (HĐND tỉnh, Ủy ban
 * MTTQ), then the committee's departments and the districts, named when few and
 * as a group when many ("lãnh đạo các sở, ban, ngành").
 */
function attendanceOf(attendees: SessionAttendee[], departments: Map<number, Department>): string | null {
  const present = attendees.filter((a) => a.attendance !== 'absent' && a.role !== 'chair' && a.role !== 'secretary');
  const viceChairs = present.filter((a) => /^phó chủ tịch ubnd/i.test(a.position ?? ''));
  const rest = present.filter((a) => !viceChairs.includes(a));
  const outside = [
    ...new Set(rest.filter((a) => a.departmentId === null && a.organization).map((a) => a.organization as string)),
  ];
  const units = [...new Set(rest.map((a) => a.departmentId).filter((id): id is number => id !== null))]
    .map((id) => departments.get(id))
    .filter((d): d is Department => d !== undefined);
  const named = (list: string[], group: string) =>
    list.length > MAX_NAMED_ATTENDEES ? group : list.length > 0 ? `lãnh đạo ${list.join(', ')}` : null;
  const parts = [
    viceChairs.length === 1
      ? `đồng chí ${viceChairs[0].fullName}, ${viceChairs[0].position}`
      : viceChairs.length > 1
        ? 'các đồng chí Phó Chủ tịch UBND tỉnh'
        : null,
    outside.length > 0 ? `đại diện lãnh đạo ${outside.join(', ')}` : null,
    named(
      units.filter((d) => d.kind !== 'district').map((d) => d.name),
      'lãnh đạo các sở, ban, ngành',
    ),
    named(
      units.filter((d) => d.kind === 'district').map((d) => d.name),
      'lãnh đạo UBND các huyện, thành phố',
    ),
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** Words a second title line may well start with: they open a phrase ("tại phiên họp …"). */
const PHRASE_STARTS = new Set(['tại', 'về', 'của', 'tháng', 'năm', 'đối', 'trong']);

/**
 * A title too long for one line, cut in two at a space near the middle, as
 * clerks set them: preferably before a word that opens a phrase, so that
 * "phiên họp" is never torn apart.
 */
export function balancedLines(text: string, max = 60): string[] {
  if (text.length <= max) return [text];
  const middle = text.length / 2;
  const cost = (i: number) => {
    const next = text
      .slice(i + 1)
      .split(' ', 1)[0]
      .toLowerCase();
    return Math.abs(i - middle) - (PHRASE_STARTS.has(next) ? 15 : 0);
  };
  let best = -1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    if (Math.max(i, text.length - i - 1) > max + 10) continue;
    if (best < 0 || cost(i) < cost(best)) best = i;
  }
  return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

/** "Nguyễn Đăng Bình, Chủ tịch UBND tỉnh" → name and title. */
function splitChair(chairedBy: string | undefined | null): [string | null, string | null] {
  if (!chairedBy) return [null, null];
  const comma = chairedBy.indexOf(',');
  if (comma < 0) return [chairedBy.trim(), null];
  return [chairedBy.slice(0, comma).trim(), chairedBy.slice(comma + 1).trim()];
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function paragraphsOf(text: string | null): string[] {
  return (text ?? '')
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
