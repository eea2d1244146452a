import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { checkEnvironment } from './config/env.validation.js';

// The environment is checked before Nest loads anything, so a wrong setting is one clear line
// naming the variable, not a stack trace. `.env` is read first, as ConfigModule will read it.
if (existsSync('.env')) process.loadEnvFile('.env');
const { problems, warnings } = checkEnvironment(process.env);
for (const warning of warnings) process.stderr.write(`Cảnh báo cấu hình / configuration warning: ${warning}\n`);
if (problems.length) {
  process.stderr.write(`Cấu hình môi trường không hợp lệ / invalid environment (${problems.length}):\n${problems.map((p) => `  - ${p}\n`).join('')}`);
  process.exit(1);
}

const STARTUP_HINTS: Record<string, string> = {
  ECONNREFUSED: 'no database answers at DB_HOST:DB_PORT',
  ENOTFOUND: 'DB_HOST is not a known host name',
  ETIMEDOUT: 'the database at DB_HOST:DB_PORT does not answer',
  ER_ACCESS_DENIED_ERROR: 'DB_USER / DB_PASSWORD refused by the database',
  ER_BAD_DB_ERROR: 'DB_NAME does not exist on the database server',
  EADDRINUSE: 'PORT is already used by another program',
  EACCES: 'PORT needs privileges, or a folder (DATA_DIR, UPLOAD_DIR, SQLITE_PATH) is not writable',
};

const { Logger } = await import('@nestjs/common');
const { NestFactory } = await import('@nestjs/core');
const { ConfigService } = await import('@nestjs/config');
const { AppModule } = await import('./app.module.js');
const { configureApp } = await import('./app.setup.js');
type NestExpressApplication = import('@nestjs/platform-express').NestExpressApplication;
type AppConfig = import('./config/app.config.js').AppConfig;

try {
  const app = configureApp(await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false, abortOnError: false }));
  const config = app.get(ConfigService).getOrThrow<AppConfig>('app');
  await app.listen(config.port);
  new Logger('Bootstrap').log(`DTI Đồng Nai (${config.mode}) đang chạy: http://localhost:${config.port}${config.apiDocs ? '/api/docs' : ''}`);
} catch (error: unknown) {
  // A database that cannot be reached, a port in use: one line, the reason and the setting to look at.
  const code = (error as { code?: string } | null)?.code ?? '';
  const hint = STARTUP_HINTS[code] ?? '';
  process.stderr.write(`Không khởi động được / could not start: ${error instanceof Error ? error.message : String(error)}${hint ? ` — ${hint}` : ''}\n`);
  process.exit(1);
}
