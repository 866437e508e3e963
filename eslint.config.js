import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      '**/*.cjs',
      'eslint.config.js',
      // Compiled by its spec against types generated from the OpenAPI document, which only exist then.
      'packages/server/test/openapi-client/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['packages/*/tsconfig.test.json', 'packages/server/tsconfig.bench.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='it'][property.name=/^(only|skip)$/]",
          message: 'No focused or skipped tests.',
        },
        {
          selector: "MemberExpression[object.name='describe'][property.name=/^(only|skip)$/]",
          message: 'No focused or skipped tests.',
        },
      ],
    },
  },
  {
    files: [
      'packages/domain/src/**/*.ts',
      'packages/application/src/**/*.ts',
      'packages/adapters/src/**/*.ts',
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Configuration is injected; only the server reads the environment.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness is injected.' },
        { object: 'Date', property: 'now', message: 'Time comes from the Clock port.' },
      ],
    },
  },
  {
    // The cast in `token` says what the symbol stands for; a bare symbol is already assignable to
    // `Token<T>` (the type it carries is optional), so the rule would call it needless.
    files: ['packages/domain/src/shared/token.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    // Tests read untyped JSON bodies and pass mocha hooks around; the unsafe-any rules are noise there.
    files: ['**/test/**/*.ts', '**/src/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // Test helpers read TEST_MYSQL_URL, TEST_REDIS_URL and CI, and may use real time.
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // A package's public API names what it exports: `export *` would publish every helper of the
    // files it lists, and whatever they export later.
    files: ['packages/*/src/**/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Name what a package index exports.' },
      ],
    },
  },
  {
    // A token's type parameter lives on an optional phantom property that a symbol already
    // satisfies, so the rule calls the cast that gives the token its type unnecessary.
    files: ['packages/domain/src/shared/token.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  prettier,
);
