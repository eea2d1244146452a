import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottlerModule } from '@nestjs/throttler';
import { appConfig } from '../../src/config/app.config.js';
import { AuditModule } from '../audit/audit.module.js';
import { UserModule } from '../users/user.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';
import { SignInSession } from './sign-in-session.entity.js';
import { SignInSessionService } from './sign-in-session.service.js';

@Module({
  imports: [
    PassportModule,
    TypeOrmModule.forFeature([SignInSession]),
    UserModule,
    AuditModule,
    JwtModule.registerAsync({
      inject: [appConfig.KEY],
      useFactory: (app: ConfigType<typeof appConfig>) => ({
        secret: app.jwtSecret,
        signOptions: { expiresIn: app.accessTokenSeconds },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (app: ConfigType<typeof appConfig>) => ({
        // Every request counts here, so the bound is wide: it only stops a flood. Failed sign-ins
        // are counted per address by AuthService (LOGIN_THROTTLE_LIMIT), which successful ones never
        // use up. The 'default' name gives the standard Retry-After header.
        throttlers: [{ name: 'default', ttl: app.loginThrottle.ttlMs, limit: app.loginThrottle.limit * 10 }],
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SignInSessionService, LocalStrategy, JwtStrategy],
})
export class AuthModule {}
