// End-to-end tests through HTTP on a real database: a fresh SQLite file per spec by default,
// or the MariaDB named by DB_HOST/DB_USER/DB_PASSWORD/DB_NAME (emptied before each spec).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  rootDir: '..',
  roots: ['<rootDir>/test'],
  testRegex: '\\.e2e-spec\\.ts$',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 30000,
};
