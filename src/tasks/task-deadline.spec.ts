import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { endOfLocalDay, localDateOf } from '../common/time/zoned-time';
import { resolveDeadline, sameDeadline } from './task-deadline';

const ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Runs `body` (CommonJS, may require the project's TypeScript files) in a new
 * Node process whose own time zone is `tz`, and returns what it prints as JSON.
 */
function runUnderTimeZone(tz: string, body: string): unknown {
  const register = `
    const ts = require('typescript');
    const fs = require('node:fs');
    require.extensions['.ts'] = (module, filename) => {
      const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, experimentalDecorators: true, esModuleInterop: true },
        fileName: filename,
      });
      module._compile(outputText, filename);
    };
  `;
  const output = execFileSync(process.execPath, ['-e', `${register}\n${body}`], {
    cwd: path.resolve(__dirname, '..', '..'),
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

describe('deadlines and the time zone', () => {
  it('ends a date deadline at 23:59:59.999 of that day in APP_TIMEZONE', () => {
    expect(resolveDeadline({ dueDate: '2024-02-09' }, ZONE)).toEqual({
      dueDate: '2024-02-09',
      dueAt: new Date('2024-02-09T16:59:59.999Z'),
    });
    expect(resolveDeadline({ dueDate: '2024-02-09' }, 'Europe/Paris').dueAt).toEqual(
      new Date('2024-02-09T22:59:59.999Z'),
    );
  });

  it('keeps an exact deadline as given, whatever its offset', () => {
    expect(resolveDeadline({ dueAt: '2024-01-31T17:00:00+07:00' }, ZONE)).toEqual({
      dueDate: null,
      dueAt: new Date('2024-01-31T10:00:00.000Z'),
    });
    expect(resolveDeadline({ dueAt: null, dueDate: null }, ZONE)).toEqual({ dueDate: null, dueAt: null });
  });

  it('refuses a date and an instant together, naming both fields', () => {
    expect(() => resolveDeadline({ dueDate: '2024-02-09', dueAt: '2024-02-09T10:00:00Z' }, ZONE)).toThrow(
      expect.objectContaining({
        response: expect.objectContaining({
          errors: [
            { field: 'dueDate', message: expect.any(String) },
            { field: 'dueAt', message: expect.any(String) },
          ],
        }),
      }),
    );
  });

  it('compares deadlines by date and instant', () => {
    const a = resolveDeadline({ dueDate: '2024-02-09' }, ZONE);
    expect(sameDeadline(a, resolveDeadline({ dueDate: '2024-02-09' }, ZONE))).toBe(true);
    expect(sameDeadline(a, { dueDate: null, dueAt: a.dueAt })).toBe(false);
    expect(sameDeadline({ dueDate: null, dueAt: null }, { dueDate: null, dueAt: null })).toBe(true);
  });

  it('handles a day with a daylight-saving change in the zone', () => {
    // 31 March 2024: clocks in Paris jump from 02:00 to 03:00; the day still ends at 23:59:59.999 local (UTC+2).
    expect(endOfLocalDay('2024-03-31', 'Europe/Paris')).toEqual(new Date('2024-03-31T21:59:59.999Z'));
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])(
    'gives the same instants when the server runs under TZ=%s',
    (tz) => {
      const result = runUnderTimeZone(
        tz,
        `
        const { endOfLocalDay, localDateOf } = require('./src/common/time/zoned-time.ts');
        const { deriveTaskStatus } = require('./src/tasks/task-status.ts');
        const { isInstantString, parseInstant } = require('./src/common/time/date-validators.ts');
        const dueAt = endOfLocalDay('2024-02-09', 'Asia/Ho_Chi_Minh');
        console.log(JSON.stringify({
          serverOffsetMinutes: new Date('2024-01-15T00:00:00Z').getTimezoneOffset(),
          endOfDay: dueAt.toISOString(),
          localDate: localDateOf(new Date('2024-02-09T17:30:00Z'), 'Asia/Ho_Chi_Minh'),
          instant: isInstantString('2024-01-31T17:00:00+07:00') && parseInstant('2024-01-31T17:00:00+07:00').toISOString(),
          beforeEnd: deriveTaskStatus({ dueAt, completedAt: new Date('2024-02-09T16:59:59.999Z'), cancelledAt: null }, new Date(), 3),
          afterEnd: deriveTaskStatus({ dueAt, completedAt: new Date('2024-02-09T17:00:00.000Z'), cancelledAt: null }, new Date(), 3),
        }));
        `,
      );
      const expectedOffset = { 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840, UTC: 0 }[tz];
      expect(result).toEqual({
        serverOffsetMinutes: expectedOffset,
        endOfDay: '2024-02-09T16:59:59.999Z',
        localDate: '2024-02-10',
        instant: '2024-01-31T10:00:00.000Z',
        beforeEnd: 'done_on_time',
        afterEnd: 'done_late',
      });
    },
  );

  it('finds the local date of an instant in the zone, not on the server', () => {
    expect(localDateOf(new Date('2024-02-09T16:59:59.999Z'), ZONE)).toBe('2024-02-09');
    expect(localDateOf(new Date('2024-02-09T17:00:00.000Z'), ZONE)).toBe('2024-02-10');
  });
});
