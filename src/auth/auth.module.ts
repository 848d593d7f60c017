import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottlerModule } from '@nestjs/throttler';
import type { StringValue } from 'ms';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthSession } from './auth-session.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { FirstAdmin } from './first-admin';
import { JWT_ALGORITHM, JWT_ISSUER, jwtSecretFrom } from './jwt-secret';

@Module({
  imports: [
    UsersModule,
    TypeOrmModule.forFeature([AuthSession]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A key object, not the string: given a string, jsonwebtoken first tries to read it as a PEM
        // public key and only then as a secret, on every verification; the failed parse cost 0.4 ms of
        // CPU per request and capped every route at about 1,000 requests/s (BENCHMARKS.md).
        secret: createSecretKey(Buffer.from(jwtSecretFrom(config), 'utf8')),
        signOptions: { algorithm: JWT_ALGORITHM, expiresIn: config.jwtExpiresIn as StringValue, issuer: JWT_ISSUER },
        // Pinned: a token that names another algorithm (or "none") is refused whatever it claims.
        verifyOptions: { algorithms: [JWT_ALGORITHM], issuer: JWT_ISSUER },
      }),
    }),
    // Only the login route uses the throttler (by its own guard); it counts attempts per client address.
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.loginRateLimit }],
        errorMessage: 'Too many sign-in attempts; try again in a minute',
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, FirstAdmin, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
