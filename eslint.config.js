// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', 'dist/**', 'bin/**', '.ci/**', 'types/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/explicit-function-return-type': [
        'error',
        {
          allowExpressions: true,
          allowTypedFunctionExpressions: true,
          allowHigherOrderFunctions: true,
        },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: 'error',
      curly: ['error', 'all'],
      'no-nested-ternary': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    // tests may read golden files; the code under test may not
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: 'domain must run in the browser too' },
            {
              group: [
                '**/adapters/**',
                '**/app/**',
                '**/config/**',
                'commander',
                'fastify',
                '@fastify/*',
                'kysely',
                'better-sqlite3',
                'pg',
                'pino',
              ],
              message: 'domain depends on nothing outward',
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // no I/O, no clock, no randomness: the same input gives the same answer in the browser and the server
      'no-restricted-globals': [
        'error',
        ...['Buffer', 'process', 'require', 'global', 'setTimeout', 'setInterval', 'fetch'].map(
          (name) => ({
            name,
            message: 'domain must run in the browser too, without I/O or a clock',
          }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'the domain has no clock: take the time as input',
        },
        { object: 'Math', property: 'random', message: 'use a seeded generator passed in' },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/adapters/**',
                'commander',
                'fastify',
                '@fastify/*',
                'kysely',
                'better-sqlite3',
                'pg',
                'pino',
              ],
              message: 'use cases do not know their surfaces or their storage',
            },
          ],
        },
      ],
    },
  },
  // adapters never import one another: the composition roots in src/main wire them (a CLI test wires
  // the CLI with real recording files as cli.ts does)
  ...['db', 'http', 'files', 'system', 'emg', 'cli'].map((name) => ({
    files: [`src/adapters/${name}/**/*.ts`],
    ...(name === 'cli' ? { ignores: ['**/*.test.ts'] } : {}),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(adapters/|\\.\\./)(?!${name}/)(cli|db|emg|files|http|system|pdf)(/|$)`,
              message: 'an adapter never imports another adapter; wire them in src/main',
            },
            { group: ['**/main/**'], message: 'adapters do not know the composition roots' },
          ],
        },
      ],
    },
  })),
  {
    // tests read untyped JSON documents and build fixtures on the fly
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/explicit-function-return-type': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
