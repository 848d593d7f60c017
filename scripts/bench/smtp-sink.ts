import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMessage {
  /** When the sink had the whole message (end of DATA), ms since the epoch. */
  receivedAt: number;
  recipients: string[];
  /** Header names in lower case, values unfolded and undecoded. */
  headers: Record<string, string>;
  size: number;
}

/**
 * A local SMTP server that accepts everything and remembers when each message
 * arrived: the "mail server" the app delivers to during the bench.
 */
export class SmtpSink {
  readonly messages: ReceivedMessage[] = [];
  private readonly waiters: Array<() => void> = [];
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          this.messages.push({
            receivedAt: Date.now(),
            recipients: session.envelope.rcptTo.map((r) => r.address),
            headers: parseHeaders(raw),
            size: raw.length,
          });
          for (const wake of this.waiters.splice(0)) wake();
          callback();
        });
      },
    });
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /**
   * Resolves when at least `count` messages matching `predicate` arrived, or
   * after `timeoutMs` with those there are. Each message is tested once, as it
   * arrives: the sink shares the bench's process, and rescanning every message
   * at each arrival would slow its answers to the app it measures.
   */
  async waitFor(
    count: number,
    timeoutMs: number,
    predicate: (m: ReceivedMessage) => boolean = () => true,
  ): Promise<ReceivedMessage[]> {
    const deadline = Date.now() + timeoutMs;
    const matching: ReceivedMessage[] = [];
    let seen = 0;
    for (;;) {
      for (; seen < this.messages.length; seen++) {
        if (predicate(this.messages[seen])) matching.push(this.messages[seen]);
      }
      if (matching.length >= count || Date.now() >= deadline) return matching;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(250, Math.max(0, deadline - Date.now())));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  clear(): void {
    this.messages.length = 0;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

function parseHeaders(raw: Buffer): Record<string, string> {
  const text = raw.toString('utf8');
  const end = text.search(/\r?\n\r?\n/);
  const block = (end >= 0 ? text.slice(0, end) : text).replace(/\r?\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}
