import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseConfigFrom } from '../config/database.config.js';
import { buildDataSourceOptions } from './typeorm-options.js';

/**
 * For the TypeORM CLI (`npm run migration:generate -- <path>`): the same options the app uses,
 * for the engine the environment selects. Generate SQLite and MySQL migrations separately.
 */
export default new DataSource({ ...buildDataSourceOptions(databaseConfigFrom(process.env)), migrationsRun: false });
