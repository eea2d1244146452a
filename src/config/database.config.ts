import { registerAs } from '@nestjs/config';
import { validateEnvironment } from './env.validation.js';

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'mysql' | 'mariadb'; host: string; port: number; user: string; password: string; name: string };

export function databaseConfigFrom(raw: Record<string, unknown>): DatabaseConfig {
  const env = validateEnvironment(raw);
  if (env.DB_TYPE !== 'sqlite') {
    return {
      type: env.DB_TYPE!,
      host: env.DB_HOST!,
      port: env.DB_PORT,
      user: env.DB_USER!,
      password: env.DB_PASSWORD ?? '',
      name: env.DB_NAME!,
    };
  }
  return { type: 'sqlite', path: env.SQLITE_PATH };
}

export const databaseConfig = registerAs('database', () => databaseConfigFrom(process.env));
