import { Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { ServeStaticModule } from '@nestjs/serve-static';
import { join } from 'node:path';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../modules/audit/audit.module.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { DemoModule } from '../modules/demo/demo.module.js';
import { FrameworkModule } from '../modules/frameworks/framework.module.js';
import { CycleModule } from '../modules/cycles/cycle.module.js';
import { ResultsModule } from '../modules/results/results.module.js';
import { ReportsModule } from '../modules/reports/reports.module.js';
import { ReminderModule } from '../modules/reminders/reminder.module.js';
import { SubmissionModule } from '../modules/submissions/submission.module.js';
import { AgencyFigureModule } from '../modules/agency-figures/agency-figure.module.js';
import { NotificationModule } from '../modules/notifications/notification.module.js';
import { HealthModule } from '../modules/health/health.module.js';
import { UnitModule } from '../modules/units/unit.module.js';
import { UserModule } from '../modules/users/user.module.js';
import { AccessGuard } from './access/access.guard.js';
import { JwtAuthGuard } from './access/jwt-auth.guard.js';
import { appConfig } from './config/app.config.js';
import { databaseConfig } from './config/database.config.js';
import { validateEnvironment } from './config/env.validation.js';
import { buildDataSourceOptions } from './database/typeorm-options.js';
import { AllExceptionsFilter } from './errors/all-exceptions.filter.js';
import { createValidationPipe } from './errors/validation.js';
import { EntitySerializerInterceptor } from './http/entity-serializer.interceptor.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [appConfig, databaseConfig], validate: validateEnvironment }),
    ScheduleModule.forRoot(),
    // The web application (web/, built by `npm run build`) at /, every other path its index.html; the API keeps /api.
    ServeStaticModule.forRoot({
      rootPath: join(process.cwd(), 'web', 'dist'),
      exclude: ['/api/{*path}'],
      serveStaticOptions: {
        // Built assets carry a content hash in their name: cached for good, so after the sign-in page
        // the signed-in screens start from the browser's cache; index.html is asked again each time.
        setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) =>
          res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
      },
    }),
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY, appConfig.KEY],
      useFactory: (db: ConfigType<typeof databaseConfig>, app: ConfigType<typeof appConfig>) => ({ ...buildDataSourceOptions(db), retryAttempts: app.dbConnectRetries, retryDelay: 3000 }),
    }),
    AuditModule,
    UnitModule,
    UserModule,
    AuthModule,
    FrameworkModule,
    SubmissionModule,
    AgencyFigureModule,
    NotificationModule,
    CycleModule,
    ResultsModule,
    ReportsModule,
    ReminderModule,
    HealthModule,
    DemoModule,
  ],
  providers: [
    // Order matters: the token is verified before the route's @Allow rule is applied.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_INTERCEPTOR, useClass: EntitySerializerInterceptor },
  ],
})
export class AppModule {}
