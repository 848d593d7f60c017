import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DEMO_PASSWORD } from '../users/password-policy';
import { UsersService } from '../users/users.service';

/**
 * The demo password is published in the README. An account that still has it
 * (demo accounts created outside production, then the same database run in
 * production) is deactivated when a production instance starts, and the log
 * names it; an admin gives it a new password and reactivates it.
 */
@Injectable()
export class DemoPasswordCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.isProduction) return;
    const emails = await this.users.deactivateAccountsWithPassword(DEMO_PASSWORD);
    if (emails.length === 0) return;
    this.logger.warn(
      `Deactivated ${emails.length} account(s) whose password is the published demo password: ${emails.join(', ')}. ` +
        'Give each a new password (PATCH /api/users/:id) and reactivate it if it is needed.',
    );
  }
}
