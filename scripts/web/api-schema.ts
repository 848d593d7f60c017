import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { createApp } from '../../src/app.factory';

/**
 * Writes the web client's API types (src/web/lib/api/schema.d.ts) from the
 * OpenAPI document of the app itself, booted on a scratch SQLite file
 * with an unreachable Redis, so nothing outside this process is touched.
 * `--check` fails instead of writing when the checked-in file is stale.
 */
const TARGET = path.join(__dirname, '..', '..', 'src', 'web', 'lib', 'api', 'schema.d.ts');
const HEADER = '// Generated from the OpenAPI document by `npm run web:api`; do not edit.\n';

export async function generateSchema(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-api-schema-'));
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `sqlite:${path.join(dir, 'scratch.sqlite')}`,
    REDIS_URL: 'redis://127.0.0.1:1',
    WORKER: 'off',
    APP_URL: 'http://localhost:3000',
  });
  const app = await createApp();
  try {
    await app.init();
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs-json' });
    if (response.statusCode !== 200) throw new Error(`GET /api/docs-json answered ${response.statusCode}`);
    const document = JSON.parse(response.body);
    // The server address depends on APP_URL; the client always calls its own origin.
    delete document.servers;
    const ast = await openapiTS(document, { alphabetize: true });
    // Formatted as `npm run format` would, so formatting the sources never makes the file stale.
    const options = (await prettier.resolveConfig(TARGET)) ?? {};
    return prettier.format(HEADER + astToString(ast), { ...options, filepath: TARGET });
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const text = await generateSchema();
  if (check) {
    const current = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, 'utf8') : '';
    if (current !== text) {
      console.error(`${path.relative(process.cwd(), TARGET)} is stale: run npm run web:api and commit the result.`);
      process.exit(1);
    }
    console.log('web API types are up to date');
  } else {
    fs.writeFileSync(TARGET, text);
    console.log(`wrote ${path.relative(process.cwd(), TARGET)}`);
  }
  process.exit(0);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
