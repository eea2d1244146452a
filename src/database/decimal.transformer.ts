import type { ValueTransformer } from 'typeorm';

/**
 * Points are stored as DECIMAL (exact) and read back as numbers: mysql2 returns DECIMAL as a
 * string, SQLite as a number. Scores carry 2 decimals, so the conversion is exact.
 */
export const decimalPoints: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};
