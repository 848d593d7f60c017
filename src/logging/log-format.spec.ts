import { loadConfiguration } from '../config/configuration';
import { readableLogs } from './log-format';

describe('readableLogs', () => {
  const config = (variables: Record<string, string>) => loadConfiguration(variables);

  it('prints readable lines on a terminal outside production', () => {
    expect(readableLogs(config({ NODE_ENV: 'development' }), true)).toBe(true);
  });

  it('keeps JSON when stdout is not a terminal (a pipe, a file, CI)', () => {
    expect(readableLogs(config({ NODE_ENV: 'development' }), false)).toBe(false);
  });

  it('keeps JSON in production, even on a terminal', () => {
    const production = config({
      NODE_ENV: 'production',
      JWT_SECRET: 'b3F6c2x1cGZ0N2s4bTJ2OXFxcjR3ZTV0Nnk3dTg5MGFzZGZn',
    });
    expect(readableLogs(production, true)).toBe(false);
  });

  it('follows LOG_FORMAT when it is json or pretty', () => {
    expect(readableLogs(config({ LOG_FORMAT: 'json' }), true)).toBe(false);
    expect(readableLogs(config({ LOG_FORMAT: 'pretty' }), false)).toBe(true);
  });

  it('starts no formatter for a silent logger', () => {
    expect(readableLogs(config({ LOG_LEVEL: 'silent', LOG_FORMAT: 'pretty' }), true)).toBe(false);
  });
});
