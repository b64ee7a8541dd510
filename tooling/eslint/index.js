// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The project's ESLint configuration; `rootDir` is the folder whose tsconfig files type-aware rules read.
 * @param {string} rootDir
 */
export function config(rootDir) {
  return tseslint.config(
    {
      ignores: [
        '**/dist/**',
        '**/node_modules/**',
        '**/.turbo/**',
        '.sco/**',
        'coverage/**',
        'bench/**/*.d.mts',
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir: rootDir },
      },
      rules: {
        '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        '@typescript-eslint/consistent-type-imports': 'error',
        'no-restricted-syntax': [
          'error',
          {
            selector: 'TSEnumDeclaration',
            message: 'Use an `as const` object and a union type instead of enum.',
          },
          { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces.' },
        ],
      },
    },
    {
      files: ['packages/core/src/**/*.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['node:*', 'fs', 'path', 'http', 'express', 'kysely', 'lit', 'pg', 'better-sqlite3'],
                message: 'core is pure: no I/O, HTTP, SQL or DOM libraries.',
              },
            ],
          },
        ],
      },
    },
    {
      // Configuration is read once: only entry points and the test support's own variables touch process.env.
      files: ['**/*.ts'],
      ignores: ['apps/*/src/main.ts', 'packages/db/src/testing/test-env.ts'],
      rules: {
        'no-restricted-properties': [
          'error',
          { object: 'process', property: 'env', message: 'Read configuration through @sco/config, once.' },
        ],
      },
    },
    {
      // Response bodies in HTTP tests (supertest) are untyped JSON; assertions check their shape.
      files: ['**/*.test.ts'],
      rules: {
        '@typescript-eslint/no-unsafe-member-access': 'off',
        '@typescript-eslint/no-unsafe-assignment': 'off',
        '@typescript-eslint/no-unsafe-argument': 'off',
        '@typescript-eslint/no-unsafe-call': 'off',
      },
    },
    {
      files: ['**/*.js', '**/*.mjs'],
      ...tseslint.configs.disableTypeChecked,
    },
    {
      files: ['**/*.js', '**/*.mjs'],
      languageOptions: {
        globals: {
          console: 'readonly',
          process: 'readonly',
          URL: 'readonly',
          fetch: 'readonly',
          Buffer: 'readonly',
        },
      },
    },
    {
      // Scripts that pages served by the apps load in the browser.
      files: ['apps/*/assets/**/*.js'],
      languageOptions: { globals: globals.browser },
    },
  );
}
