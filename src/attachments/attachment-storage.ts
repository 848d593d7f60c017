import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, ReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppConfig } from '../config/app-config';

/** An upload written to a temporary file, not yet in its place. */
export interface StagedFile {
  tempPath: string;
  size: number;
}

/**
 * The attachment files under FILES_DIR. An upload is first written to
 * `FILES_DIR/tmp` and renamed into `FILES_DIR/attachments/YYYY/MM/<key>` only
 * once complete and accepted: a rename within one file system is atomic, so a
 * reader never finds a half-written file under a key the database names.
 */
@Injectable()
export class AttachmentStorage {
  constructor(private readonly config: AppConfig) {}

  private get root(): string {
    return this.config.filesDir;
  }

  /** Streams `source` to a temporary file under FILES_DIR/tmp and counts its bytes. */
  async stage(source: Readable): Promise<StagedFile> {
    const tempDir = path.join(this.root, 'tmp');
    await mkdir(tempDir, { recursive: true });
    const tempPath = path.join(tempDir, `${randomBytes(16).toString('hex')}.part`);
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, counter, createWriteStream(tempPath, { flags: 'wx', mode: 0o640 }));
    } catch (error) {
      await this.discard(tempPath);
      throw error;
    }
    return { tempPath, size };
  }

  /** Moves a staged file into place; answers its storage key (relative to FILES_DIR). */
  async commit(staged: StagedFile, now: Date): Promise<string> {
    const folder = path.posix.join(
      'attachments',
      String(now.getUTCFullYear()),
      String(now.getUTCMonth() + 1).padStart(2, '0'),
    );
    await mkdir(path.join(this.root, folder), { recursive: true });
    const key = path.posix.join(folder, randomBytes(16).toString('hex'));
    await rename(staged.tempPath, path.join(this.root, key));
    return key;
  }

  async discard(filePath: string): Promise<void> {
    await rm(filePath, { force: true });
  }

  async remove(key: string): Promise<void> {
    await this.discard(this.pathOf(key));
  }

  /** Removes the temporary files under FILES_DIR/tmp last written before `before`; answers how many. */
  async removeTemporaryBefore(before: Date): Promise<number> {
    const tempDir = path.join(this.root, 'tmp');
    let names: string[];
    try {
      names = await readdir(tempDir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const filePath = path.join(tempDir, name);
      try {
        if ((await stat(filePath)).mtime.getTime() >= before.getTime()) continue;
      } catch {
        continue;
      }
      await this.discard(filePath);
      removed++;
    }
    return removed;
  }

  /** The stored file, or null when it is missing (lost from FILES_DIR). */
  async open(key: string): Promise<{ stream: ReadStream; size: number } | null> {
    const filePath = this.pathOf(key);
    try {
      const { size } = await stat(filePath);
      return { stream: createReadStream(filePath), size };
    } catch {
      return null;
    }
  }

  private pathOf(key: string): string {
    // Keys are made up by commit(); this only guards against a tampered row.
    const resolved = path.resolve(this.root, key);
    if (!resolved.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`Bad storage key ${key}`);
    return resolved;
  }
}
