import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** RCPT TO addresses. */
  to: string[];
  raw: string;
  parsed: ParsedMail;
  receivedAt: Date;
}

/**
 * What the sink does with the next messages, in order; once the list is empty it
 * accepts. `reject451` and `reject550` answer DATA with that code, `drop` closes
 * the connection instead of answering, `hang` never answers (the client times out).
 */
export type SinkBehaviour = 'accept' | 'reject451' | 'reject550' | 'drop' | 'hang';

export interface SmtpSink {
  url: string;
  messages: ReceivedMail[];
  /** Messages refused, dropped or left hanging, in order. */
  refused: SinkBehaviour[];
  /** Queue behaviours for the next messages. */
  plan(...behaviours: SinkBehaviour[]): void;
  /** Queue behaviours for the next messages to this address (checked before the general plan). */
  planFor(address: string, ...behaviours: SinkBehaviour[]): void;
  /** Every DATA the sink saw for an address, whatever it did with it. */
  attemptsFor(address: string): SinkBehaviour[];
  /** Delay before each accepted message is acknowledged. */
  acceptDelayMs: number;
  /** Messages whose Message-ID header is `messageId`. */
  withMessageId(messageId: string): ReceivedMail[];
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 (random port) that keeps what it receives. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const planned: SinkBehaviour[] = [];
  const plannedFor = new Map<string, SinkBehaviour[]>();
  const attempts = new Map<string, SinkBehaviour[]>();
  const hanging = new Set<() => void>();
  const sink: SmtpSink = {
    url: '',
    messages: [],
    refused: [],
    acceptDelayMs: 0,
    plan: (...behaviours) => planned.push(...behaviours),
    planFor: (address, ...behaviours) => plannedFor.set(address, [...(plannedFor.get(address) ?? []), ...behaviours]),
    attemptsFor: (address) => attempts.get(address) ?? [],
    withMessageId: (messageId) => sink.messages.filter((m) => m.parsed.messageId === messageId),
    close: () =>
      new Promise<void>((resolve) => {
        for (const release of hanging) release();
        server.close(() => resolve());
      }),
  };

  const server: SMTPServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 100,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const own = to.map((address) => plannedFor.get(address)).find((queue) => queue && queue.length > 0);
        const behaviour = (own ? own.shift() : planned.shift()) ?? 'accept';
        for (const address of to) attempts.set(address, [...(attempts.get(address) ?? []), behaviour]);
        if (behaviour !== 'accept') sink.refused.push(behaviour);
        switch (behaviour) {
          case 'reject451':
            return callback(
              Object.assign(new Error('Requested action aborted: try again later'), { responseCode: 451 }),
            );
          case 'reject550':
            return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
          case 'drop':
            for (const connection of server.connections) {
              if (connection.id === session.id) connection._socket.destroy();
            }
            return;
          case 'hang':
            hanging.add(() => callback(new Error('closing')));
            return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        setTimeout(() => {
          void simpleParser(raw).then((parsed) => {
            sink.messages.push({ to, raw, parsed, receivedAt: new Date() });
            callback();
          });
        }, sink.acceptDelayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return sink;
}
