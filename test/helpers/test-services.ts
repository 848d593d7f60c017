/**
 * Where the tests find Redis and PostgreSQL: TEST_REDIS_URL and TEST_POSTGRES_URL,
 * which `npm test` points at throwaway servers of its own (scripts/test-services.sh)
 * unless they are given; a single suite run by hand uses the local defaults.
 */
export function testRedisUrl(): string {
  return process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
}

export function testPostgresUrl(): string {
  return process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}
