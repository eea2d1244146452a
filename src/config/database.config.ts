import { registerAs } from '@nestjs/config';
import { validateEnvironment } from './env.validation.js';

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'mysql'; host: string; port: number; user: string; password: string; name: string };

export function databaseConfigFrom(raw: Record<string, unknown>): DatabaseConfig {
  const env = validateEnvironment(raw);
  if (env.DB_TYPE === 'mysql') {
    return {
      type: 'mysql',
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
