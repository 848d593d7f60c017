import { removeTemplate } from './template-database';

export default async function globalTeardown(): Promise<void> {
  await removeTemplate();
}
