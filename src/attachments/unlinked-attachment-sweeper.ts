import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { PeriodicWork } from '../common/scheduling/periodic-work';
import { AppConfig } from '../config/app-config';
import { SqlDialect } from '../database/sql-dialect';
import { AttachmentStorage } from './attachment-storage';
import { TaskAttachment } from './task-attachment.entity';

/** How often unlinked uploads are looked for. */
const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** Rows read per query. */
const BATCH = 500;

export interface SweepReport {
  /** Uploads removed, file and row. */
  attachments: number;
  /** Temporary files of uploads that never completed, removed from FILES_DIR/tmp. */
  temporaryFiles: number;
}

/**
 * Removes the uploads never linked to a completion: a file uploaded for a
 * report that was not sent stays ATTACHMENT_UNLINKED_TTL_HOURS, then its row
 * and its file under FILES_DIR go, together with temporary files left by an
 * upload cut off as long ago. At start and every hour, in every API instance,
 * from the database and FILES_DIR alone (no Redis): the row is deleted only
 * while still unlinked and its file only after that, so instances sweeping at
 * once, or a completion linking the file at that moment, never lose a linked
 * file (linkAttachments refuses an upload that went).
 */
@Injectable()
export class UnlinkedAttachmentSweeper extends PeriodicWork<SweepReport> {
  protected readonly logger = new Logger(UnlinkedAttachmentSweeper.name);
  protected readonly intervalMs = SWEEP_INTERVAL_MS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: AttachmentStorage,
    private readonly dialect: SqlDialect,
    private readonly config: AppConfig,
  ) {
    super();
  }

  /** Sweeps once; never rejects. */
  protected perform(now: Date): Promise<SweepReport> {
    return this.sweep(now).catch((error: unknown) => {
      this.logger.error({ err: error }, 'Could not remove the unlinked attachments');
      return { attachments: 0, temporaryFiles: 0 };
    });
  }

  private async sweep(now: Date): Promise<SweepReport> {
    const before = new Date(now.getTime() - this.config.attachmentUnlinkedTtlMs);
    let attachments = 0;
    let afterId = 0;
    for (;;) {
      const rows = await this.dataSource.manager
        .createQueryBuilder(TaskAttachment, 'a')
        .select(['a.id', 'a.storageKey'])
        .where('a.progressId IS NULL AND a.createdAt < :before AND a.id > :afterId', {
          before: this.dialect.instant(before),
          afterId,
        })
        .orderBy('a.id', 'ASC')
        .take(BATCH)
        .getMany();
      for (const row of rows) {
        const deleted = await this.dataSource.manager.delete(TaskAttachment, { id: row.id, progressId: IsNull() });
        if (!deleted.affected) continue;
        await this.storage.remove(row.storageKey);
        attachments++;
      }
      if (rows.length < BATCH) break;
      afterId = rows[rows.length - 1].id;
    }
    const temporaryFiles = await this.storage.removeTemporaryBefore(before);
    if (attachments > 0 || temporaryFiles > 0) {
      this.logger.log(
        `Removed ${attachments} attachment(s) never linked to a completion and ${temporaryFiles} unfinished upload(s)`,
      );
    }
    return { attachments, temporaryFiles };
  }
}
