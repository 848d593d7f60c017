import { EntityManager, In, IsNull } from 'typeorm';
import { fieldError } from '../common/http/field-error';
import { AttachmentSummary } from './dto/attachment.response';
import { TaskAttachment } from './task-attachment.entity';

export function toAttachmentSummary(attachment: TaskAttachment): AttachmentSummary {
  return {
    id: attachment.id,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    size: attachment.size,
  };
}

/**
 * Links files uploaded to the task beforehand to its progress entry (the
 * completion). Each must belong to the task and not be linked yet; otherwise a
 * 400 on `attachmentIds`, and nothing is linked.
 */
export async function linkAttachments(
  manager: EntityManager,
  taskId: number,
  progressId: number,
  attachmentIds: number[],
): Promise<void> {
  const ids = [...new Set(attachmentIds)];
  if (ids.length === 0) return;
  const found = await manager.find(TaskAttachment, {
    where: { id: In(ids), taskId, progressId: IsNull() },
    select: { id: true },
  });
  const missing = ids.filter((id) => !found.some((a) => a.id === id));
  if (missing.length > 0) {
    throw fieldError([
      'attachmentIds',
      `attachments ${missing.join(', ')} were not uploaded to task ${taskId} or already belong to a report`,
    ]);
  }
  // Still unlinked at the update: an upload removed meanwhile (UnlinkedAttachmentSweeper) is refused, not lost.
  const linked = await manager.update(TaskAttachment, { id: In(ids), progressId: IsNull() }, { progressId });
  if (linked.affected !== undefined && linked.affected !== ids.length) {
    throw fieldError(['attachmentIds', `some attachments of task ${taskId} were removed meanwhile; upload them again`]);
  }
}

/** The attachments of each progress entry, in upload order, for a page of entries. */
export async function attachmentsOfProgress(
  manager: EntityManager,
  progressIds: number[],
): Promise<Map<number, AttachmentSummary[]>> {
  const result = new Map<number, AttachmentSummary[]>();
  if (progressIds.length === 0) return result;
  const rows = await manager.find(TaskAttachment, { where: { progressId: In(progressIds) }, order: { id: 'ASC' } });
  for (const row of rows) {
    const list = result.get(row.progressId!) ?? [];
    list.push(toAttachmentSummary(row));
    result.set(row.progressId!, list);
  }
  return result;
}
