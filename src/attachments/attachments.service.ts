import {
  Injectable,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MultipartFile } from '@fastify/multipart';
import { DataSource } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { fieldError } from '../common/http/field-error';
import { Task } from '../tasks/entities/task.entity';
import { assertOpen, TaskService } from '../tasks/tasks.service';
import { toAttachmentSummary } from './attachment-links';
import { assertMayAttachTo, attachingUnitOf } from './attachments.policy';
import { AttachmentStorage } from './attachment-storage';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  declaredExtension,
  detectAttachmentKind,
  sanitizeFileName,
} from './attachment-types';
import { AttachmentResponse } from './dto/attachment.response';
import { TaskAttachment } from './task-attachment.entity';

/** A file refused for what it is, naming the `file` field like any other bad field. */
function fileError(
  kind: typeof PayloadTooLargeException | typeof UnsupportedMediaTypeException,
  message: string,
): Error {
  return new kind({ message: [`file: ${message}`], errors: [{ field: 'file', message }] });
}

/** A file ready to download. */
export interface AttachmentDownload {
  attachment: TaskAttachment;
  stream: NodeJS.ReadableStream;
  size: number;
}

/**
 * Evidence files of a task: uploaded by the lead unit or the office while the
 * task is open, checked by content, stored under FILES_DIR, and served to
 * whoever may see the task.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: AttachmentStorage,
    private readonly tasks: TaskService,
  ) {}

  /**
   * Receives the file `receive` yields, once the caller is known to be allowed:
   * a refused caller's file is never read or written.
   */
  async upload(
    taskId: number,
    actor: Actor,
    receive: () => Promise<MultipartFile | undefined>,
  ): Promise<AttachmentResponse> {
    await this.assertMayUpload(taskId, actor);
    const part = await receive();
    if (!part || part.fieldname !== 'file') {
      throw fieldError(['file', 'send one PDF, DOCX or XLSX file as multipart/form-data in the field "file"']);
    }
    // Browsers (and form-data) send a double quote in a multipart file name as %22 (HTML's rule for the header).
    const originalName = (part.filename ?? '').replace(/%22/g, '"');
    const staged = await this.storage.stage(part.file);
    let key: string;
    let fileName: string;
    let contentType: string;
    const now = new Date();
    try {
      if (part.file.truncated || staged.size > ATTACHMENT_MAX_BYTES) {
        throw fileError(PayloadTooLargeException, `must be at most ${ATTACHMENT_MAX_BYTES} bytes (20 MB)`);
      }
      if (staged.size === 0) throw fieldError(['file', 'is empty']);
      const kind = await detectAttachmentKind(staged.tempPath, staged.size);
      if (!kind)
        throw fileError(UnsupportedMediaTypeException, 'must be a PDF, DOCX or XLSX file (checked by content)');
      const declared = declaredExtension(originalName);
      if (declared !== '' && declared !== ATTACHMENT_TYPES[kind].extension) {
        throw fileError(
          UnsupportedMediaTypeException,
          `the content is ${kind.toUpperCase()} but the name ends in .${declared}`,
        );
      }
      fileName = sanitizeFileName(originalName, kind);
      contentType = ATTACHMENT_TYPES[kind].contentType;
      key = await this.storage.commit(staged, now);
    } catch (error) {
      await this.storage.discard(staged.tempPath);
      throw error;
    }
    try {
      const saved = await this.dataSource.manager.save(
        this.dataSource.manager.create(TaskAttachment, {
          taskId,
          progressId: null,
          fileName,
          contentType,
          size: staged.size,
          storageKey: key,
          uploadedById: actor.userId,
          departmentId: attachingUnitOf(actor),
          createdAt: now,
        }),
      );
      return { ...toAttachmentSummary(saved), createdAt: saved.createdAt.toISOString() };
    } catch (error) {
      // No row names the file: it must not stay behind.
      await this.storage.remove(key);
      throw error;
    }
  }

  /** 404 when the task is hidden from the caller; 403 unless lead unit or office; 409 once it is closed. */
  private async assertMayUpload(taskId: number, actor: Actor): Promise<void> {
    await this.tasks.assertVisible(taskId, actor);
    const task = await this.dataSource.manager.findOneOrFail(Task, {
      where: { id: taskId },
      select: { id: true, leadDepartmentId: true, completedAt: true, cancelledAt: true },
    });
    assertMayAttachTo(actor, task);
    assertOpen(task);
  }

  /** Every file of a task the caller may see, oldest first. */
  async list(taskId: number, actor: Actor): Promise<AttachmentResponse[]> {
    await this.tasks.assertVisible(taskId, actor);
    const attachments = await this.dataSource.manager.find(TaskAttachment, { where: { taskId }, order: { id: 'ASC' } });
    return attachments.map((attachment) => ({
      ...toAttachmentSummary(attachment),
      progressId: attachment.progressId,
      createdAt: attachment.createdAt.toISOString(),
    }));
  }

  async download(taskId: number, attachmentId: number, actor: Actor): Promise<AttachmentDownload> {
    await this.tasks.assertVisible(taskId, actor);
    const attachment = await this.dataSource.manager.findOne(TaskAttachment, { where: { id: attachmentId, taskId } });
    if (!attachment) throw new NotFoundException(`Attachment ${attachmentId} of task ${taskId} not found`);
    const file = await this.storage.open(attachment.storageKey);
    if (!file) {
      this.logger.error({ attachmentId, key: attachment.storageKey }, 'Attachment file missing from FILES_DIR');
      throw new NotFoundException(`The file of attachment ${attachmentId} is missing`);
    }
    return { attachment, stream: file.stream, size: file.size };
  }
}
