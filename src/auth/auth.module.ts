import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { StringValue } from 'ms';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthSession } from './auth-session.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { DemoPasswordCheck } from './demo-password-check';
import { FirstAdmin } from './first-admin';
import { JWT_ALGORITHM, JWT_ISSUER, jwtSecretFrom } from './jwt-secret';
import { SignInLimiter } from './sign-in-limiter';

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
  ],
  controllers: [AuthController],
  providers: [AuthService, SignInLimiter, FirstAdmin, DemoPasswordCheck, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SignInLimiter],
})
export class AuthModule {}
