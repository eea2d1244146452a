// Unit specs live beside the code they test (modules/, workflows/, src/).
// Jest runs in native ESM mode because NestJS 12 ships ES modules only.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/src', '<rootDir>/modules', '<rootDir>/workflows'],
  testRegex: '\\.spec\\.ts$',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
};
