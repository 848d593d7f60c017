import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { redactUrl } from '../src/health/redis-health.indicator';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { loadConfiguration } from '../src/config/configuration';

/**
 * Applies pending migrations to DATABASE_URL and exits. The app also migrates at
 * start; this lets a deployment migrate once before starting several instances.
 */
async function migrate(): Promise<void> {
  const { database } = loadConfiguration();
  const dataSource = new DataSource({
    ...buildDataSourceOptions({ url: database.url }),
    migrationsRun: false,
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const target = redactUrl(database.url);
    console.log(
      applied.length === 0
        ? `Database ${target} is up to date`
        : `Applied ${applied.length} migration(s) to ${target}: ${applied.map((m) => m.name).join(', ')}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

migrate().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
