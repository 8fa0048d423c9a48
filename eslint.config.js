import tseslint from 'typescript-eslint';

const uiPackages = ['react', 'react-dom', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*', 'idb-keyval'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // src/core is shared by the app, the CLI and the tests: no UI, no DOM libraries, no app code.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: 'src/core stays free of React, React Flow, zustand and the DOM.' },
            { group: ['**/app/*', '**/canvas/*', '**/panels/*', '**/export/dom*', '../../app/**', '../../canvas/**', '../../panels/**'], message: 'src/core imports nothing from the UI layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: uiPackages, message: 'The CLI imports src/core only.' }] }],
    },
  },
);
