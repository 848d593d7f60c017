import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';

/** Evidence files of tasks (POST/GET /api/tasks/:id/attachments). */
@Module({
  imports: [TasksModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentStorage],
})
export class AttachmentsModule {}
