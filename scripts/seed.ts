import 'reflect-metadata';
import { HttpException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { loadConfiguration } from '../src/config/configuration';
import { DemoSeeder, formatSummary, SeedSummary } from '../src/demo/demo-seeder';
import { DEMO_USERS, DemoUsersSummary, seedDemoUsers } from '../src/demo/demo-users';
import { DEMO_PASSWORD } from '../src/users/password-policy';

/**
 * Loads the demo session (UBND tỉnh Bắc Kạn, January 2024) into the database
 * named by DATABASE_URL, running the migrations first. Safe to run again.
 */
export async function seed(
  variables: Record<string, string | undefined> = process.env,
): Promise<SeedSummary & { users: DemoUsersSummary }> {
  // Checked before Nest starts, so that a bad key is reported in one line rather than with a stack trace.
  const configuration = loadConfiguration(variables);
  if (configuration.environment.NODE_ENV === 'production') {
    throw new Error(
      'the demo data is never loaded in production (NODE_ENV=production): it would add demo units, tasks and ' +
        'reminders to a real database. Start a production instance with `npm run start:prod`.',
    );
  }
  const app = await NestFactory.createApplicationContext(AppModule.register({ processJobs: false, configuration }), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    // The accounts are created once the units exist, before the tasks that name their leader in charge.
    let users: DemoUsersSummary | undefined;
    const summary = await DemoSeeder.fromApp(app).run(undefined, {
      afterDepartments: async () => (users = await seedDemoUsers(app)),
    });
    return { ...summary, users: users! };
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  seed()
    .then((summary) => {
      console.log(formatSummary(summary));
      console.log(
        summary.users.skipped
          ? `  demo accounts: none (${summary.users.skipped})`
          : `  demo accounts ${summary.users.total} (${summary.users.added === 0 ? 'already there' : `${summary.users.added} added`}), ` +
              `password ${DEMO_PASSWORD}: ${DEMO_USERS.map((user) => user.email).join(', ')}`,
      );
      // Exit even if a client (e.g. a queue connection) is slow to let go: `npm start` runs the app next.
      process.exit(0);
    })
    .catch((error: unknown) => {
      // A rejected write names its fields in the HTTP error's body; anything else by its message.
      const detail =
        error instanceof HttpException
          ? JSON.stringify(error.getResponse())
          : error instanceof Error
            ? error.message
            : String(error);
      console.error(`Seeding failed: ${detail}`);
      process.exit(1);
    });
}
