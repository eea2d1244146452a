import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/database.config.js';
import { ENTITIES } from './entities.js';
import { MYSQL_MIGRATIONS } from './migrations/mysql/index.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.js';
import { utcMysqlDriver } from './utc-mysql-driver.js';

/**
 * One builder for both engines. The schema always comes from migrations (never `synchronize`);
 * each engine has its own migration folder because their DDL differs, and CI checks that the
 * entities and the migrations of each agree.
 */
export function buildDataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = { entities: ENTITIES, synchronize: false, migrationsRun: true, logging: ['error' as const] };
  if (db.type !== 'sqlite') {
    return {
      ...common,
      // TypeORM's `mariadb` type reads MariaDB's column defaults correctly (schema diff).
      type: db.type,
      driver: utcMysqlDriver,
      host: db.host,
      port: db.port,
      username: db.user,
      password: db.password,
      database: db.name,
      charset: 'utf8mb4_unicode_ci',
      // Times are written and read as UTC whatever the server's zone is (see utc-mysql-driver).
      timezone: 'Z',
      migrations: MYSQL_MIGRATIONS,
    };
  }
  if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
  // Write-ahead log: a commit appends to the log and syncs it once, instead of syncing a rollback
  // journal and the database (synchronous stays FULL: a committed save survives a power cut).
  // Backups use SQLite's backup API and a restore removes the log (src/ops), so both stay whole.
  return { ...common, type: 'better-sqlite3', database: db.path, migrations: SQLITE_MIGRATIONS, ...(db.path !== ':memory:' ? { enableWAL: true } : {}) };
}
