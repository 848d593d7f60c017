import { buildTemplate } from './template-database';

/** Builds the migrated template database the run's test apps start from (see template-database.ts). */
export default async function globalSetup(): Promise<void> {
  await buildTemplate(process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite');
}
