import type { TransportSingleOptions } from 'pino';
import type { Configuration } from '../config/configuration';

/** pino-pretty, in a worker thread: time, level, context and message on one line, fields below. */
export const PRETTY: TransportSingleOptions = {
  // Resolved here: pino would otherwise look the name up from its own caller's folder.
  target: require.resolve('pino-pretty'),
  options: {
    colorize: true,
    translateTime: 'SYS:HH:MM:ss.l',
    // A request's line already says its method, path, status and time (request-log.ts).
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat: '{if context}[{context}] {end}{msg}',
    singleLine: false,
  },
};

/**
 * Whether to print readable lines rather than JSON: LOG_FORMAT=pretty or json
 * decides; `auto` means yes only on a terminal outside production, and never
 * when nothing is logged (no worker thread for a silent test app).
 */
export function readableLogs(config: Pick<Configuration, 'app' | 'logging'>, isTerminal: boolean): boolean {
  const { level, format } = config.logging;
  if (level === 'silent' || format === 'json') return false;
  if (format === 'pretty') return true;
  return isTerminal && !config.app.isProduction;
}
