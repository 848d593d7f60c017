import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import nodemailer from 'nodemailer';
import type { SendMailOptions, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { redactUrl } from '../health/redis-health.indicator';
import { deliverableAddresses, headerText } from './mail-text';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** `<…@…>`, see messageIdFor. */
  messageId: string;
  /** Names the .eml file in the outbox; sending the same key again overwrites it. */
  fileKey: string;
}

export interface MailReceipt {
  messageId: string;
  accepted: string[];
  rejected: string[];
  /** Where the message went: the SMTP server's reply, or the .eml file. */
  location: string;
}

/**
 * Delivers messages over SMTP (SMTP_URL, pooled connections), or, when SMTP_URL
 * is not set, writes each as an .eml file to OUTBOX_DIR so that the demo works
 * offline.
 */
@Injectable()
export class Mailer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private transport?: Transporter;

  constructor(private readonly config: AppConfig) {}

  onModuleInit(): void {
    if (this.config.smtpUrl) {
      const timeout = this.config.smtpTimeoutMs;
      this.transport = nodemailer.createTransport({
        pool: true,
        url: this.config.smtpUrl,
        maxConnections: 5,
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
        // Messages are built from our own templates only: no attachments from files or URLs.
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      this.logger.log(`E-mail is sent over SMTP to ${redactUrl(this.config.smtpUrl)}`);
    } else {
      this.logger.log(`SMTP_URL is not set: e-mails are written as .eml files to ${this.config.outboxDir}`);
    }
  }

  /** The last hook: jobs still sending during shutdown (see JobQueue.onModuleDestroy) keep their connection. */
  onApplicationShutdown(): void {
    this.transport?.close();
  }

  get outboxDir(): string {
    return this.config.outboxDir;
  }

  async send(message: MailMessage): Promise<MailReceipt> {
    const to = deliverableAddresses(message.to);
    const envelope = {
      from: this.config.mailFrom,
      to,
      subject: headerText(message.subject, 250),
      text: message.text,
      html: message.html,
      messageId: message.messageId,
      headers: {
        // RFC 3834: an automatic message; out-of-office replies should not answer it.
        'Auto-Submitted': 'auto-generated',
        'X-Auto-Response-Suppress': 'All',
      },
    };
    if (this.transport) {
      const info = await this.transport.sendMail(envelope);
      return {
        messageId: message.messageId,
        accepted: (info.accepted ?? []).map(String),
        rejected: (info.rejected ?? []).map(String),
        location: headerText(String(info.response ?? ''), 500),
      };
    }
    return this.writeToOutbox(message.fileKey, envelope, to);
  }

  private async writeToOutbox(fileKey: string, envelope: SendMailOptions, to: string[]): Promise<MailReceipt> {
    const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    const info = await builder.sendMail(envelope);
    await fs.mkdir(this.config.outboxDir, { recursive: true });
    const file = path.join(this.config.outboxDir, `${fileKey.replace(/[^A-Za-z0-9.-]/g, '-')}.eml`);
    // Written under a temporary name and renamed, so a reader never sees half a message.
    const partial = `${file}.${process.pid}.part`;
    await fs.writeFile(partial, info.message as Buffer);
    await fs.rename(partial, file);
    return { messageId: envelope.messageId as string, accepted: to, rejected: [], location: file };
  }
}

/**
 * SMTP 5xx replies are final (unknown mailbox, message refused); 4xx replies,
 * timeouts and dropped connections are worth another attempt.
 */
export function isPermanentMailError(error: unknown): boolean {
  const code = (error as { responseCode?: number })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** A short, log- and API-safe description of a delivery error. */
export function describeMailError(error: unknown): string {
  const { responseCode, code, message } = (error ?? {}) as { responseCode?: number; code?: string; message?: string };
  const parts = [responseCode ? String(responseCode) : undefined, code, message].filter(Boolean);
  return headerText(parts.join(' ') || 'Unknown delivery error', 1000);
}
