import { EntityManager, In } from 'typeorm';
import { localDateOf } from '../common/time/zoned-time';
import { searchTextOfDocument } from '../documents/documents.service';
import { AssigningDocument } from '../documents/assigning-document.entity';
import type { MeetingSession } from './entities/meeting-session.entity';

/** A session's notice number and date, as its conclusion notice states them. */
export interface SessionNotice {
  noticeNumber: string | null;
  noticeDate: string | null;
}

export const NO_NOTICE: SessionNotice = { noticeNumber: null, noticeDate: null };

/**
 * The conclusion notice of each session: its first document of kind
 * `conclusion_notice`. The document is the one owner of the notice's number
 * and date; the session only reads them.
 */
export async function conclusionNoticesOf(
  manager: EntityManager,
  sessionIds: number[],
): Promise<Map<number, AssigningDocument>> {
  const result = new Map<number, AssigningDocument>();
  if (sessionIds.length === 0) return result;
  const documents = await manager.find(AssigningDocument, {
    where: { sessionId: In([...new Set(sessionIds)]), kind: 'conclusion_notice' },
    order: { id: 'ASC' },
  });
  for (const document of documents) {
    if (document.sessionId !== null && !result.has(document.sessionId)) result.set(document.sessionId, document);
  }
  return result;
}

export function noticeOf(document: AssigningDocument | undefined): SessionNotice {
  return document ? { noticeNumber: document.number, noticeDate: document.issuedOn } : NO_NOTICE;
}

/**
 * Writes what a session create or edit says of its notice into the conclusion
 * notice: the existing one is updated, or one is created when a number or a
 * date is given. Without a date the notice keeps its date (a new one is dated
 * the day the session was held), since a document always has one.
 */
export async function writeConclusionNotice(
  manager: EntityManager,
  session: MeetingSession,
  change: { number?: string | null; date?: string | null },
  zone: string,
): Promise<void> {
  if (change.number === undefined && change.date === undefined) return;
  const existing = (await conclusionNoticesOf(manager, [session.id])).get(session.id);
  if (!existing) {
    if (!change.number && !change.date) return;
    const number = change.number ?? null;
    const values = {
      kind: 'conclusion_notice' as const,
      number,
      issuedOn: change.date ?? localDateOf(session.heldAt, zone),
      issuer: number && /VPUBND/.test(number) ? 'Văn phòng UBND tỉnh' : 'UBND tỉnh',
      summary: `Thông báo kết luận ${session.title}`,
      sessionId: session.id,
    };
    await manager.save(manager.create(AssigningDocument, { ...values, searchText: searchTextOfDocument(values) }));
    return;
  }
  if (change.number !== undefined) existing.number = change.number;
  if (change.date) existing.issuedOn = change.date;
  existing.searchText = searchTextOfDocument(existing);
  await manager.save(existing);
}
