/**
 * npm run frameworks:import [-- file.json ...]
 * Validates and imports framework files (default: every file in modules/frameworks/data/) into
 * the configured database, the same way the admin route does. Unchanged files change nothing.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readBundledFrameworks } from '../modules/frameworks/bundled-frameworks.js';
import { FrameworkService } from '../modules/frameworks/framework.service.js';
import type { Framework } from '../modules/scoring/engine/framework.types.js';
import { AppModule } from '../src/app.module.js';
import { DomainException } from '../src/errors/domain.exception.js';

async function main(): Promise<number> {
  const files = process.argv.slice(2);
  const frameworks: Framework[] = files.length ? files.map((f) => JSON.parse(readFileSync(f, 'utf8'))) : readBundledFrameworks();
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  const logger = new Logger('FrameworkImport');
  let failed = 0;
  for (const framework of frameworks) {
    try {
      const { outcome } = await app.get(FrameworkService).import(null, framework);
      logger.warn(`${framework.code} v${framework.version}: ${outcome}`);
    } catch (error) {
      failed++;
      const details = error instanceof DomainException ? JSON.stringify(error.details, null, 2) : String(error);
      logger.error(`${framework?.code} v${framework?.version}: ${error instanceof Error ? error.message : ''}\n${details}`);
    }
  }
  await app.close();
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
