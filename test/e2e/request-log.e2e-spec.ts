import fastify from 'fastify';
import pino from 'pino';
import { Writable } from 'node:stream';
import { logRequests, requestIdOf } from '../../src/logging/request-log';
import { createTestApp, TestApp } from '../helpers/create-test-app';

describe('request log', () => {
  it('writes one line per request, with its id, method, path, status and time, at a level by status', async () => {
    const lines: Array<Record<string, any>> = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line));
        done();
      },
    });
    const server = fastify({ genReqId: requestIdOf });
    logRequests(server, pino({ level: 'info' }, destination));
    server.get('/ok', (_request, reply) => reply.send({ ok: true }));
    server.get('/broken', () => {
      throw new Error('database gone');
    });
    try {
      const ok = await server.inject({
        url: '/ok?q=an%20to%C3%A0n',
        headers: { 'x-request-id': 'proxy-42', authorization: 'Bearer secret-token', cookie: 'session=abc' },
      });
      expect(ok.headers['x-request-id']).toBe('proxy-42');
      await server.inject({ url: '/missing' });
      await server.inject({ url: '/broken' });
    } finally {
      await server.close();
    }
    expect(lines.map((l) => [l.level, l.req.method, l.req.url, l.res.statusCode])).toEqual([
      [30, 'GET', '/ok?q=an%20to%C3%A0n', 200],
      [40, 'GET', '/missing', 404],
      [50, 'GET', '/broken', 500],
    ]);
    expect(lines[0]).toMatchObject({
      msg: expect.stringMatching(/^GET \/ok\?q=an%20to%C3%A0n 200 \d+ ms$/),
      req: { id: 'proxy-42' },
    });
    expect(typeof lines[0].responseTime).toBe('number');
    // Headers (and the token and cookie in them) are never written.
    expect(JSON.stringify(lines)).not.toMatch(/secret-token|session=abc|authorization/i);
  });

  describe('X-Request-Id on the app', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(async () => {
      await t.close();
    });

    it("answers with the caller's id when it is a plain token", async () => {
      const res = await t.http.get('/health').set('X-Request-Id', 'web-7f3a').expect(200);
      expect(res.headers['x-request-id']).toBe('web-7f3a');
    });

    it('answers with a new id when the caller sent none or one that is not a plain token', async () => {
      const none = await t.http.get('/health').expect(200);
      const odd = await t.http.get('/health').set('X-Request-Id', 'a b\tc<script>').expect(200);
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
      expect(none.headers['x-request-id']).toMatch(uuid);
      expect(odd.headers['x-request-id']).toMatch(uuid);
      expect(odd.headers['x-request-id']).not.toBe(none.headers['x-request-id']);
    });
  });
});
