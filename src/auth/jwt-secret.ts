import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';

let processSecret: string | undefined;

/**
 * The key that signs access tokens. Production always has JWT_SECRET (the
 * configuration check refuses to start otherwise); elsewhere a missing key is
 * replaced by a random one for this process, so tokens die with the process.
 */
export function jwtSecretFrom(config: AppConfig): string {
  if (config.jwtSecret) return config.jwtSecret;
  if (!processSecret) {
    processSecret = randomBytes(48).toString('base64');
    new Logger('Auth').warn(
      'JWT_SECRET is not set: using a random key for this process; tokens stop working when it restarts',
    );
  }
  return processSecret;
}

export const JWT_ALGORITHM = 'HS256' as const;
export const JWT_ISSUER = 'ubnd-directives';

const UNIT_SECONDS = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

/** JWT_EXPIRES_IN in seconds (the configuration check allows only `<n>s|m|h|d`). */
export function tokenLifetimeSeconds(config: AppConfig): number {
  const match = /^(\d+)([smhd])$/.exec(config.jwtExpiresIn);
  if (!match) throw new Error(`JWT_EXPIRES_IN must look like 8h, 30m or 7d`);
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
}
