import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { UnlinkedAttachmentSweeper } from './unlinked-attachment-sweeper';

/** Evidence files of tasks (POST/GET /api/tasks/:id/attachments); uploads never linked are removed after a while. */
@Module({
  imports: [TasksModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentStorage, UnlinkedAttachmentSweeper],
})
export class AttachmentsModule {}
