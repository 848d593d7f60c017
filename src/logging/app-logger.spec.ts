import { Writable } from 'node:stream';
import { AppConfig } from '../config/app-config';
import { loadConfiguration } from '../config/configuration';
import { AppLogger } from './app-logger';

/** A logger writing to memory at `level`, and the lines it wrote, parsed. */
function memoryLogger(level: string): { logger: AppLogger; lines: Array<Record<string, any>> } {
  const lines: Array<Record<string, any>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  const config = new AppConfig(loadConfiguration({ LOG_LEVEL: level }));
  return { logger: new AppLogger(config, destination), lines };
}

describe('AppLogger', () => {
  it('writes one JSON line with the message and the class that logged it', () => {
    const { logger, lines } = memoryLogger('info');
    logger.log('Worker started: hàng đợi "ubnd"', 'Worker');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'Worker started: hàng đợi "ubnd"', context: 'Worker' }),
    ]);
  });

  it("keeps an error's stack, whether Nest passes it as a string or as the error itself", () => {
    const { logger, lines } = memoryLogger('info');
    const failure = new Error('SMTP refused');
    logger.error('Sending failed', failure.stack, 'Mailer');
    logger.error(failure, 'Mailer');
    expect(lines[0]).toMatchObject({ level: 50, msg: 'Sending failed', context: 'Mailer' });
    expect(lines[0].err.stack).toContain('SMTP refused');
    expect(lines[1]).toMatchObject({ level: 50, msg: 'SMTP refused', context: 'Mailer' });
    expect(lines[1].err.stack).toContain('app-logger.spec');
  });

  it('merges an object message into the line', () => {
    const { logger, lines } = memoryLogger('info');
    logger.warn({ msg: 'Queue Redis error', attempts: 3 }, 'JobQueue');
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, msg: 'Queue Redis error', attempts: 3, context: 'JobQueue' }),
    ]);
  });

  it('drops what is below the configured level, and writes nothing when silent', () => {
    const info = memoryLogger('info');
    info.logger.debug('details', 'Reconciler');
    info.logger.verbose('more details', 'Reconciler');
    expect(info.lines).toEqual([]);
    const silent = memoryLogger('silent');
    silent.logger.error('boom', 'App');
    expect(silent.lines).toEqual([]);
    const debug = memoryLogger('debug');
    debug.logger.debug('details', 'Reconciler');
    expect(debug.lines).toEqual([expect.objectContaining({ level: 20, msg: 'details' })]);
  });
});
