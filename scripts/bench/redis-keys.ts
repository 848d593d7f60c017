import Redis from 'ioredis';

/**
 * The keys of one queue prefix, and nothing else: the bench shares Redis with
 * other people and never flushes a whole database.
 */
export class PrefixedKeys {
  constructor(
    private readonly redis: Redis,
    readonly prefix: string,
  ) {}

  private async *scan(): AsyncGenerator<string[]> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) yield keys;
    } while (cursor !== '0');
  }

  async count(): Promise<number> {
    let total = 0;
    for await (const keys of this.scan()) total += keys.length;
    return total;
  }

  async delete(): Promise<number> {
    let deleted = 0;
    for await (const keys of this.scan()) deleted += await this.redis.unlink(...keys);
    return deleted;
  }

  /** Bytes Redis uses for the keys of this prefix (MEMORY USAGE of each, values and overhead included). */
  async bytes(): Promise<number> {
    let total = 0;
    for await (const keys of this.scan()) {
      const pipeline = this.redis.pipeline();
      for (const key of keys) pipeline.memory('USAGE', key, 'SAMPLES', '0');
      for (const [error, size] of (await pipeline.exec()) ?? []) if (!error) total += Number(size ?? 0);
    }
    return total;
  }
}
