import { AppConfig } from '../config/app-config';
import { TaskChangeBus } from '../tasks/task-change-bus';
import { StatsCache } from './stats-cache';

describe('StatsCache', () => {
  let clock: number;
  let bus: TaskChangeBus;

  const cacheFor = (seconds: number) => new StatsCache({ statsCacheSeconds: seconds } as AppConfig, bus);
  const counter = () => {
    let calls = 0;
    return { compute: () => Promise.resolve(++calls), calls: () => calls };
  };

  beforeEach(() => {
    clock = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => clock);
    bus = new TaskChangeBus();
  });

  afterEach(() => jest.restoreAllMocks());

  it('reuses a result until STATS_CACHE_SECONDS have passed', async () => {
    const cache = cacheFor(5);
    const c = counter();
    expect(await cache.get('k', c.compute)).toBe(1);
    clock += 4_999;
    expect(await cache.get('k', c.compute)).toBe(1);
    clock += 1;
    expect(await cache.get('k', c.compute)).toBe(2);
  });

  it('keeps results apart by key', async () => {
    const cache = cacheFor(5);
    const c = counter();
    expect(await cache.get('a', c.compute)).toBe(1);
    expect(await cache.get('b', c.compute)).toBe(2);
    expect(await cache.get('a', c.compute)).toBe(1);
  });

  it('shares one computation between requests that arrive while it runs', async () => {
    const cache = cacheFor(5);
    let release!: (n: number) => void;
    let calls = 0;
    const compute = () => {
      calls++;
      return new Promise<number>((resolve) => (release = resolve));
    };
    const first = cache.get('k', compute);
    const second = cache.get('k', compute);
    release(42);
    expect(await Promise.all([first, second])).toEqual([42, 42]);
    expect(calls).toBe(1);
  });

  it('drops every result when a task change is committed', async () => {
    const cache = cacheFor(300);
    const c = counter();
    await cache.get('a', c.compute);
    await cache.get('b', c.compute);
    await bus.publishAfterCommit({ kind: 'progress', taskId: 1 });
    expect(await cache.get('a', c.compute)).toBe(3);
    expect(await cache.get('b', c.compute)).toBe(4);
  });

  it('does not hand a computation started before a change to a request made after it', async () => {
    const cache = cacheFor(300);
    let release!: (n: number) => void;
    const slow = cache.get('k', () => new Promise<number>((resolve) => (release = resolve)));
    await bus.publishAfterCommit({ kind: 'completed', taskId: 1 });
    const fresh = cache.get('k', () => Promise.resolve(2));
    release(1);
    expect(await slow).toBe(1);
    expect(await fresh).toBe(2);
  });

  it('does not keep a failure', async () => {
    const cache = cacheFor(300);
    await expect(cache.get('k', () => Promise.reject(new Error('database is locked')))).rejects.toThrow('locked');
    expect(await cache.get('k', () => Promise.resolve(7))).toBe(7);
  });

  it('computes every time when STATS_CACHE_SECONDS is 0', async () => {
    const cache = cacheFor(0);
    const c = counter();
    await cache.get('k', c.compute);
    expect(await cache.get('k', c.compute)).toBe(2);
  });
});
