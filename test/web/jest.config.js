// @ts-check
const base = require('../jest.config.js');

/**
 * The browser suite: the built web client in Debian's Chromium against the real
 * app on a scratch SQLite database. Run once (`npm run test:web`), not per database.
 * @type {import('jest').Config}
 */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/web'],
  testRegex: '.*\\.browser-spec\\.ts$',
  testTimeout: 120_000,
  // A failed test leaves a screenshot of its pages and says on stderr what they showed (keep-failures.ts).
  testEnvironment: '<rootDir>/test/web/environment.ts',
  setupFilesAfterEnv: ['<rootDir>/test/web/keep-failures.ts'],
  // The browser suite starts one app on an empty database of its own: no template to build. The client is
  // built once for all its files.
  globalSetup: '<rootDir>/test/web/global-setup.ts',
  globalTeardown: undefined,
};
