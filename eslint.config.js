// Lint rules, including the layering of DESIGN.md: arrows only point down the picture.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const IO_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'net', 'node:net', 'http', 'node:http', 'worker_threads', 'node:worker_threads'];
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'web/src/api/schema.d.ts', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map((name) => ({ name, message: 'src/core is pure: no I/O. Pass data in as arguments.' })),
          patterns: [
            { group: ['kysely', 'better-sqlite3', 'pg', 'fastify', 'fastify-*', '@fastify/*', 'commander', 'pino'], message: 'src/core is pure: no database, server or CLI libraries.' },
            { group: ['**/db/**', '**/app/**', '**/server/**', '**/cli/**', '**/io/**', '**/contracts/**'], message: 'src/core imports nothing of ours.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'src/core is pure: no I/O.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'src/core has no clock: take the time as an argument.' }, { object: 'Math', property: 'random', message: 'src/core is deterministic: take a seeded random source as an argument.' }],
    },
  },
  layer(['src/contracts/**/*.ts'], ['**/db/**', '**/app/**', '**/server/**', '**/cli/**', '**/io/**', 'kysely', 'fastify'], 'contracts are plain zod schemas.'),
  layer(['src/db/**/*.ts'], ['**/app/**', '**/server/**', '**/cli/**', '**/io/**'], 'db sits below app, server and cli.'),
  layer(['src/app/**/*.ts'], ['**/server/**', '**/cli/**', 'fastify', '@fastify/*'], 'app (use cases) knows nothing of HTTP or the CLI.'),
  layer(['src/server/**/*.ts'], ['**/db/tables*', '**/cli/**', 'kysely', 'better-sqlite3', 'pg'], 'routes never touch the database directly: call a use case in src/app.'),
  layer(['web/**/*.ts', 'web/**/*.tsx'], ['**/src/db/**', '**/src/app/**', '**/src/server/**', '**/src/cli/**', '**/src/io/**', 'kysely', 'fastify'], 'the web app talks to the server over HTTP only.'),
);
