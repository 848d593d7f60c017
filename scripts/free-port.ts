import { randomInt } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';

/** Where the chosen ports start: above the registered services' usual ports (PostgreSQL 5432, Redis 6379, …). */
const LOWEST = 10_000;
/** Linux's default when /proc/sys/net/ipv4/ip_local_port_range cannot be read. */
const DEFAULT_EPHEMERAL_LOW = 32_768;

/**
 * A free loopback TCP port for a server that another process starts after this
 * returns (the app under the bench, a test's own redis-server).
 *
 * A port the kernel hands out for `listen(0)` comes from its ephemeral range
 * and is free again once this check closes it: until the intended server binds
 * it, the next `listen(0)` or outgoing connection on the machine may be given it.
 * The test suites open thousands of both (each supertest request listens on a
 * port of its own), and a bench that met such a server on "its" port read that
 * server's /health, then failed when the server closed. Ports below the
 * ephemeral range are never handed out by the kernel: only an explicit bind,
 * which picks at random as this does, can take one.
 */
export async function freePort(): Promise<number> {
  const highest = ephemeralLow() - 1;
  for (let attempt = 0; highest - LOWEST >= 1_000 && attempt < 50; attempt++) {
    const port = randomInt(LOWEST, highest + 1);
    if (await canListen(port)) return port;
  }
  return kernelPort();
}

/** The first port of the kernel's ephemeral range. */
function ephemeralLow(): number {
  try {
    const [low] = fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/);
    const port = Number(low);
    return Number.isInteger(port) && port > 0 ? port : DEFAULT_EPHEMERAL_LOW;
  } catch {
    return DEFAULT_EPHEMERAL_LOW;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port as the kernel hands one out: where no range below the ephemeral one is left to choose from. */
function kernelPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
