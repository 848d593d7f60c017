import { Module } from '@nestjs/common';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

/** GET /api/inbox: what awaits the signed-in user's action. */
@Module({ controllers: [InboxController], providers: [InboxService] })
export class InboxModule {}
