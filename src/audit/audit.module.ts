import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TasksModule } from '../tasks/tasks.module';
import { AuditEntry } from './audit-entry.entity';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditSubscriber } from './audit.subscriber';
import { RequestContextInterceptor } from './request-context.interceptor';
import { TaskHistoryController } from './task-history.controller';
import { TaskHistoryService } from './task-history.service';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry]), TasksModule],
  controllers: [AuditController, TaskHistoryController],
  providers: [
    AuditService,
    AuditSubscriber,
    TaskHistoryService,
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
  ],
})
export class AuditModule {}
