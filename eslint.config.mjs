import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importPlugin from 'eslint-plugin-import'
import globals from 'globals'

// One-way layers (shared/architecture.md): domain imports nothing of the app; services only domain;
// stores services and domain; pages and components never services.
const layers = {
  zones: [
    { target: './src/domain', from: './src', except: ['./domain'], message: 'domain is pure TypeScript: it imports nothing of the app.' },
    // platform/perf.ts: the bench's timing marks (a leaf module of a few lines, no Taro), at the wire and the server's boot.
    { target: './src/services', from: './src', except: ['./services', './domain', './platform/perf.ts'], message: 'services import only the domain.' },
    { target: './src/stores', from: ['./src/pages', './src/packages', './src/components'], message: 'stores sit below the UI.' },
    { target: './src/components', from: ['./src/pages', './src/packages', './src/services'], message: 'components never reach pages or services (use a store).' },
    { target: './src/pages', from: ['./src/services', './src/packages'], message: 'pages never call services directly (use a store), nor subpackages.' },
    { target: './src/packages', from: ['./src/services', './src/pages'], message: 'subpackage pages never call services directly (use a store).' },
  ],
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/e2e/artifacts/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    languageOptions: { globals: { ...globals.browser, ...globals.node, defineAppConfig: 'readonly', definePageConfig: 'readonly' } },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' }, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import/no-restricted-paths': ['error', layers],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Time enters through the clock seam.' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Packages the layer rule cannot see (they live outside src).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@tarojs/*', 'react', 'react-dom', 'zustand'], message: 'domain is pure TypeScript: no Taro, React or stores.' }] }],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'zustand'], message: 'services import only the domain (and Taro storage at the edge).' }] }],
    },
  },
  {
    // The mock server is fetched on the first call (H5: its own chunk; WeChat: the `server` subpackage, loaded with
    // require.async): the rest of the app takes only types from it, else it is back in H5's first-screen script and
    // in the WeChat main package (test/weapp/main-package.test.ts). Values come through src/services/mockModule*.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/services/mock/**', 'src/services/mockModule*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // ./mock/clock is the clock seam, a few lines shared with the app (serverToday before the server is there).
              regex: '^(\\./|.*/services/)mock(/(?!clock$).*)?$',
              allowTypeImports: true,
              message: 'Only types from the mock server here: its code is loaded on the first call (loadMockModule).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*', 'scripts/**/*', 'config/**/*', '*.js', '*.mjs'],
    rules: { 'no-console': 'off', 'no-restricted-syntax': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
)
