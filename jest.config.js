// Jest 29: unit tests (pure TS, node) and component tests (jsdom over Taro's H5 web components).
// Taro's H5 stack ships ES modules throughout (@tarojs, @stencil, swiper, lodash-es, nanoid…): transform
// everything under node_modules except the large CommonJS packages that need no transform.
const cjs = ['react', 'react-dom', 'scheduler', '@babel', '@testing-library', 'jest-[^/]+', 'jsdom', 'core-js', 'typescript']
const transformIgnorePatterns = [`/node_modules/(${cjs.join('|')})/`]
const moduleNameMapper = {
  '^@/(.*)$': '<rootDir>/src/$1',
  '\\.(css|scss|sass)$': '<rootDir>/test/shims/style.js',
}

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: { '^.+\\.(m?[jt]sx?)$': 'babel-jest' },
      transformIgnorePatterns,
      moduleNameMapper,
      setupFiles: ['<rootDir>/test/setup/env.js'],
    },
    {
      displayName: 'component',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/component/**/*.test.tsx'],
      transform: { '^.+\\.(m?[jt]sx?)$': 'babel-jest' },
      transformIgnorePatterns,
      moduleNameMapper: {
        ...moduleNameMapper,
        '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/test/shims/taro.ts',
      },
      setupFiles: ['<rootDir>/test/setup/env.js'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/component.ts'],
    },
    {
      // Figures for `npm run bench` (stored bytes, soak counts); never part of `npm test`.
      displayName: 'bench',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/bench/storage.bench.ts'],
      transform: { '^.+\\.(m?[jt]sx?)$': 'babel-jest' },
      transformIgnorePatterns,
      moduleNameMapper,
      setupFiles: ['<rootDir>/test/setup/env.js'],
    },
    {
      // Runs against dist/weapp, so `npm run build:weapp` comes first (test/run-all.mjs does it).
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      transform: { '^.+\\.(m?[jt]sx?)$': 'babel-jest' },
      transformIgnorePatterns: ['/node_modules/', '/dist/'],
    },
  ],
}
