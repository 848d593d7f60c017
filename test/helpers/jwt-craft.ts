import { createHmac } from 'node:crypto';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT built by hand, to present the API with tokens it must refuse (other algorithms, other keys, no signature). */
export function craftToken(
  payload: Record<string, unknown>,
  options: { secret?: string; alg?: 'HS256' | 'HS384' | 'HS512' | 'none' } = {},
): string {
  const alg = options.alg ?? 'HS256';
  const head = `${encode({ alg, typ: 'JWT' })}.${encode(payload)}`;
  if (alg === 'none') return `${head}.`;
  const digest = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  return `${head}.${createHmac(digest, options.secret ?? '')
    .update(head)
    .digest('base64url')}`;
}

export function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}
