import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigService } from '@nestjs/config';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import type { AppConfig } from './config/app.config.js';

async function bootstrap(): Promise<void> {
  const app = configureApp(await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false }));
  const config = app.get(ConfigService).getOrThrow<AppConfig>('app');
  await app.listen(config.port);
  new Logger('Bootstrap').log(`DTI Đồng Nai (${config.mode}) đang chạy: http://localhost:${config.port}/api/docs`);
}

bootstrap().catch((error: unknown) => {
  // The logger may not exist yet (bad environment): stderr is the only channel left.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
