import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource, In } from 'typeorm';
import { Actor, isDepartmentActor } from '../../common/auth/actor';
import { formatCalendarDate, localDateOf } from '../../common/time/zoned-time';
import { AppConfig } from '../../config/app-config';
import { Department } from '../../departments/department.entity';
import { MeetingSession } from '../../sessions/entities/meeting-session.entity';
import { ListTasksQuery } from '../../tasks/dto/list-tasks.query';
import { TaskResponse } from '../../tasks/dto/task.response';
import { TaskService } from '../../tasks/tasks.service';
import { slug, streamBatches } from '../download';
import { deadlineText, localDate, statusLabel } from '../task-labels';
import { BOM, csvLine } from './csv';

export const TASK_CSV_HEADER = [
  'STT',
  'Mã nhiệm vụ',
  'Nhiệm vụ',
  'Nội dung',
  'Phiên họp',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời hạn',
  'Trạng thái',
  'Tiến độ (%)',
  'Ngày hoàn thành',
  'Nhiệm vụ trọng tâm',
  'Lý do dừng thực hiện',
];

/** The task list as CSV: the rows GET /api/tasks would answer for the same filters and caller, all of them. */
@Injectable()
export class TasksCsvService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: TaskService,
    private readonly config: AppConfig,
  ) {}

  async export(query: ListTasksQuery, actor: Actor): Promise<{ stream: Readable; fileName: string }> {
    const zone = this.config.timeZone;
    const departments = new Map(
      (await this.dataSource.manager.find(Department, { select: { id: true, name: true, code: true } })).map((d) => [
        d.id,
        d,
      ]),
    );
    const sessions = new Map<number, string>();
    const batches = this.tasks.scan(query, actor);
    // The first batch is read before anything is sent, so that a bad filter still answers 400.
    const first = await batches.next();
    let count = 0;
    const render = async (rows: TaskResponse[]) => {
      const missing = [...new Set(rows.map((r) => r.sessionId))].filter(
        (id): id is number => id !== null && !sessions.has(id),
      );
      if (missing.length > 0) {
        const found = await this.dataSource.manager.find(MeetingSession, {
          where: { id: In(missing) },
          select: { id: true, title: true },
        });
        for (const s of found) sessions.set(s.id, s.title);
      }
      return rows
        .map((task) => {
          const completedOn = localDate(task.completedAt, zone);
          return csvLine([
            ++count,
            task.id,
            task.title,
            task.description,
            task.sessionId !== null ? (sessions.get(task.sessionId) ?? '') : '',
            departments.get(task.leadDepartmentId)?.name ?? '',
            task.supportDepartmentIds.map((id) => departments.get(id)?.name ?? '').join('; '),
            deadlineText(task, zone),
            statusLabel(task.status),
            task.progressPercent,
            completedOn ? formatCalendarDate(completedOn) : '',
            task.isKey ? 'x' : '',
            task.cancelReason,
          ]);
        })
        .join('');
    };
    const today = localDateOf(new Date(), zone);
    const scope = isDepartmentActor(actor) ? departments.get(actor.departmentId ?? 0)?.code : undefined;
    const filterDepartment = query.departmentId ?? query.leadDepartmentId;
    const named = filterDepartment !== undefined ? departments.get(filterDepartment)?.code : scope;
    const fileName = ['danh-sach-nhiem-vu', named ? slug(named) : null, today].filter(Boolean).join('-') + '.csv';
    return { stream: streamBatches(BOM + csvLine(TASK_CSV_HEADER), first, batches, render), fileName };
  }
}
