import { keepFailedPages } from './browser';

// Set by the suite's test environment (environment.ts) when a test's body fails.
declare global {
  var __browserTestFailed: boolean | undefined;
}

afterEach(async () => {
  if (globalThis.__browserTestFailed) await keepFailedPages(expect.getState().currentTestName ?? 'test');
});
