/**
 * Two projects in one run (one results file for CI): component tests in jsdom, and the
 * end-to-end tests that drive Debian's Chromium against the real server.
 * @type {import('jest').Config}
 */
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
};
module.exports = {
  projects: [
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform,
      setupFiles: ['<rootDir>/test/setup.ts'],
      moduleNameMapper: { '\\.css$': '<rootDir>/test/empty-module.cjs' },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.e2e.test.ts'],
      transform,
    },
  ],
  testTimeout: 180000,
};
