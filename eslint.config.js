// ESLint (run by `npm run lint`, scripts/lint.mjs). Syntax rules only, no type-aware ones: tsc
// already checks the types (tsconfig.lint.json), and type-aware linting would parse the whole
// program a second time on a 2-core machine. The tools come from scripts/lint-tools (an install of
// its own: typescript-eslint needs TypeScript 5.9 beside the repository's TypeScript 7).
import { js, globals, tseslint, lit, wc, litA11y } from './scripts/lint-tools/index.js';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'scratch/',
      'data/',
      'test-results/',
      'bench/results/',
      'custom-elements.json',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  // Lit templates (html``) and custom elements, wherever they are written.
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    rules: {
      // Unused: `_` marks a parameter or binding that must be there (a callback's position).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `any` only with an eslint-disable comment that says why.
      '@typescript-eslint/no-explicit-any': 'error',
      // The list: `x == x` as a NaN test (Number.isNaN says it), assignments inside
      // conditions.
      'no-self-compare': 'error',
      'no-cond-assign': ['error', 'always'],
    },
  },
  // Node: scripts, configuration, benches, the demo server, Node tests.
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'bench/**', 'demo/**', 'test/node/**', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Browser: code that also runs in pages (consumer projects' pages, browser tests, stories, and
  // the functions pack-check and the benches hand to Chromium).
  {
    files: [
      'test/consumers/**',
      'test/browser/**',
      'test/e2e/**',
      'stories/**',
      'demo/**',
      'bench/**',
      'scripts/pack-check.mjs',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Tests: chai's property assertions (`expect(x).to.be.true`) are expressions by design, and
  // templates hand elements raw markup in attribute values on purpose (it must come out as text).
  {
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      'lit/attribute-value-entities': 'off',
    },
  },
  // The library's source: no line over 120 characters, comments and URLs aside (not strings),
  // and no one-letter names (`_` for an unused parameter aside; object keys are data).
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-len': ['error', { code: 120, tabWidth: 2, ignoreComments: true, ignoreUrls: true }],
      'id-length': ['error', { min: 2, properties: 'never', exceptions: ['_'] }],
    },
  },
);
