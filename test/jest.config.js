// @ts-check
const fs = require('node:fs');
const path = require('node:path');

/**
 * NestJS 12 and several of its dependencies ship as pure ES modules. Node 20 can
 * `require()` them, but Jest's own module loader cannot, so those packages are
 * compiled to CommonJS by SWC on the way in. The list is read from node_modules
 * (every package whose package.json says "type": "module") so that an upgrade
 * that turns another dependency into ESM does not break the suite.
 */
function esmPackages() {
  const root = path.join(__dirname, '..', 'node_modules');
  const names = [];
  const visit = (dir, scope) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      if (!scope && entry.name.startsWith('@')) {
        visit(path.join(dir, entry.name), entry.name);
        continue;
      }
      const name = scope ? `${scope}/${entry.name}` : entry.name;
      try {
        const manifest = JSON.parse(fs.readFileSync(path.join(dir, entry.name, 'package.json'), 'utf8'));
        if (manifest.type === 'module') names.push(name);
      } catch {
        // not a package
      }
    }
  };
  visit(root, undefined);
  return names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/**
 * Tests start two app instances in one process on the same SQLite file. While
 * one waits for the other's write lock, SQLite's busy handler holds a libuv
 * worker thread, and so does every statement queued behind it on that
 * connection; with Node's default of 4 threads the lock holder could not get a
 * thread to commit. Separate processes (API and worker) each have their own pool.
 * Set before Jest starts any asynchronous file work, which creates the pool.
 * On a host twice as slow, with the PostgreSQL pass running beside it, 32 were
 * once not enough: "two app instances … send each digest exactly once" had a
 * digest run answer 500 after about the busy timeout (10 s), as when the lock
 * holder waits for a thread that statements queued behind the waiting
 * connection hold. Libuv allows up to 1,024.
 */
process.env.UV_THREADPOOL_SIZE ??= '128';

const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser:
        syntax === 'ts' ? { syntax: 'typescript', decorators: true } : { syntax: 'ecmascript', importAttributes: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'commonjs', ignoreDynamic: false },
    sourceMaps: 'inline',
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // End-to-end suites boot the whole app against real databases; on a busy
  // 2-core machine a hook can take longer than Jest's 5 s default.
  testTimeout: 30_000,
  rootDir: path.join(__dirname, '..'),
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  // One migrated database per run that each test app's database is copied from.
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.ts$': swc('ts'),
    '^.+\\.m?js$': swc('js'),
  },
  // @fastify/cookie is CommonJS but loads the ES-module `cookie` package with import(), which Jest's
  // loader cannot run: compiling it too turns that import into a require of the compiled package.
  transformIgnorePatterns: [`/node_modules/(?!(${[...esmPackages(), '@fastify/cookie'].join('|')})/)`],
  // Files rendered by LibreOffice: once, in the SQLite pass (the layout does not depend on the database).
  testPathIgnorePatterns: [
    '/node_modules/',
    ...(process.env.TEST_DATABASE === 'postgres' ? ['render\\.e2e-spec\\.ts$'] : []),
  ],
};
