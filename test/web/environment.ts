import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';

/**
 * Node's test environment, marking the test whose body failed, so that the browser suite's afterEach
 * (keep-failures.ts) can keep what its pages showed: a CI log then says what the page said (an error alert, a
 * request that failed or never returned) instead of only which element did not appear.
 */
export default class BrowserSuiteEnvironment extends TestEnvironment {
  handleTestEvent(event: Circus.Event): void {
    if (event.name === 'test_start') this.global.__browserTestFailed = false;
    if (event.name === 'test_fn_failure') this.global.__browserTestFailed = true;
  }
}
