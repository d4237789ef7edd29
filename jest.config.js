// Jest: TypeScript through Babel (babel.config.js; type checking is `npm run typecheck`, not the test runner's job).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|tsx)$': 'babel-jest' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/tests/support/globalSetup.js',
};
