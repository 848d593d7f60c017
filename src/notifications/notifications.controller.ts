import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/auth/actor';
import { AnyRole } from '../common/auth/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { Page } from '../common/pagination/page';
import { ListNotificationsQuery, ListTaskRemindersQuery } from './dto/list-notifications.dto';
import { NotificationPage, NotificationResponse } from './dto/notification.response';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@AnyRole()
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @ApiOperation({
    summary: 'Every planned, sent, failed or cancelled e-mail',
    description: 'Reminders, overdue notices, department digests and office summaries, most recent first.',
  })
  @ApiOkResponse({ type: NotificationPage })
  list(@Query() query: ListNotificationsQuery, @CurrentActor() actor: Actor): Promise<Page<NotificationResponse>> {
    return this.notifications.list(query, actor);
  }

  @Get('tasks/:id/reminders')
  @ApiOperation({ summary: "A task's reminders and overdue notices, in the order they are due" })
  @ApiOkResponse({ type: NotificationPage })
  listForTask(
    @Param('id', ParseIdPipe) id: number,
    @Query() query: ListTaskRemindersQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<NotificationResponse>> {
    return this.notifications.listForTask(id, query, actor);
  }
}
