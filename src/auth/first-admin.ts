import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';

/**
 * Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when the database
 * has no account at all. Later starts leave accounts alone, so changing the
 * variables afterwards does not reset anyone's password.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) {
      const message = 'No account exists yet: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin';
      if (this.config.isProduction) throw new Error(message);
      this.logger.warn(`${message} (or run npm run seed for the demo accounts)`);
      return;
    }
    try {
      if (await this.users.createFirstAdmin(adminEmail, adminPassword)) {
        this.logger.log(`Created the first admin account ${adminEmail.toLowerCase()}`);
      }
    } catch (error) {
      // Another instance starting at the same moment created it first.
      if (!(error instanceof QueryFailedError)) throw error;
    }
  }
}
