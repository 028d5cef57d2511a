// ESLint flat config: @eslint/js, typescript-eslint (type-aware) and eslint-plugin-astro with its a11y rules.
// Formatting is Prettier's job (npm run format); nothing here checks layout.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import direction: browser code (src/scripts, <script> in .astro) and build code (src/integration) share only
// contract modules in src/utils/; pages and components render data and never import build steps; nothing outside the
// tests imports tests/. Test files beside the code are tests too and may import what they test.
const BUILD = {
  group: ['**/integration/**', '#src/integration/**'],
  message: 'Import build code only through a contract module in src/utils/.',
};
const BROWSER = {
  group: ['**/scripts/**', '#src/scripts/**'],
  message: 'Import browser code only through a contract module in src/utils/.',
};
const DATA = {
  group: ['**/data/**', '#src/data/**'],
  message: 'Browser code gets data through a contract module in src/utils/ (or from the page).',
};
const TESTS = { regex: '(^|/)tests/', message: 'Only tests import from tests/.' };
const restrict = (...patterns) => ['error', { patterns }];

export default defineConfig(
  globalIgnores(['dist/', 'tmp/', '.astro/', 'coverage/', 'node_modules/', 'public/']),
  // astro-eslint-parser 1.4 fails on this file ("Unknown token" at </form>); astro check still type-checks it.
  globalIgnores(['src/components/windows/PrefectureDirectory.astro']),

  js.configs.recommended,

  // Type-aware rules for .ts and .js files (the project's tsconfig through the project service).
  {
    files: ['**/*.{ts,mts,js,mjs}'],
    ignores: ['**/*.astro/*'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // TypeScript's include (**/*) skips dot folders: the .well-known endpoint is checked on its own.
        projectService: { allowDefaultProject: ['src/pages/.well-known/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // .astro files: the parser gives their frontmatter and <script> blocks to typescript-eslint. The project
  // service cannot open .astro files (TypeScript does not know the extension), so they get the rules that need
  // no type information; `astro check` type-checks them.
  // typescript-eslint comes first so that the Astro configs after it set the parser for .astro files.
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.recommended],
  },
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-strict'],

  // Where each file runs.
  { files: ['src/scripts/**', '**/*.astro/*.ts', '**/*.astro/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['src/**/*.worker.ts', 'src/scripts/**/*worker*.ts'], languageOptions: { globals: globals.worker } },
  {
    files: ['scripts/**', 'src/integration/**', 'src/data/**', 'tests/**', '*.config.*', '**/*.astro'],
    languageOptions: { globals: globals.node },
  },

  // Rules tuned to the project's style.
  {
    files: ['**/*.{ts,mts,js,mjs}'],
    ignores: ['**/*.astro/*'],
    rules: {
      // Template literals with numbers are common and safe here; other types still need an explicit String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Unused arguments and destructured names are allowed when they start with _ (a documented placeholder).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },

  {
    files: ['**/*.{ts,mts,js,mjs}'],
    rules: {
      // The XML, ICS and feed writers strip control characters with regular expressions on purpose.
      'no-control-regex': 'off',
      // Comments quote what staff type, full-width spaces included.
      'no-irregular-whitespace': ['error', { skipComments: true }],
    },
  },

  // astro.config.mjs: a Vite plugin's `this` (Rollup's plugin context) has no type in a JavaScript config.
  { files: ['astro.config.mjs'], rules: { '@typescript-eslint/no-unsafe-return': 'off', '@typescript-eslint/no-unsafe-call': 'off' } },

  // Tests: Vitest's asymmetric matchers (expect.any, objectContaining) and parsed JSON are typed any, and fakes
  // implement async interfaces without awaiting anything.
  {
    files: ['**/*.test.ts', 'tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },

  // Accessibility rules tuned to two patterns the site uses on purpose.
  {
    files: ['**/*.astro'],
    rules: {
      // A scrollable table wrapper is a focusable, labelled region, so keyboard users can scroll it (WCAG 2.1.1).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
      // Tables restyled as cards on phones (display: block) keep their roles written out for screen readers;
      // <canvas role="img"> is how a chart gets its accessible name.
      'astro/jsx-a11y/no-redundant-roles': ['error', { nav: ['navigation'], thead: ['rowgroup'], tbody: ['rowgroup'] }],
      'astro/jsx-a11y/no-interactive-element-to-noninteractive-role': ['error', { td: ['cell'], canvas: ['img'] }],
    },
  },

  // Import direction (later blocks win: browser scripts inside .astro files are matched last).
  { files: ['src/**', 'scripts/**'], rules: { 'no-restricted-imports': restrict(TESTS) } },
  { files: ['src/pages/**', 'src/components/**', 'src/layouts/**'], rules: { 'no-restricted-imports': restrict(BUILD, TESTS) } },
  { files: ['src/integration/**'], rules: { 'no-restricted-imports': restrict(BROWSER, TESTS) } },
  {
    files: ['src/scripts/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    rules: { 'no-restricted-imports': restrict(BUILD, DATA, TESTS) },
  },
  // The data checker runs the build's own loader and validators in the browser (src/data/check-files.ts), by design:
  // staff get the same messages there as from npm run validate. It still imports no build step.
  { files: ['src/scripts/data-check/**'], rules: { 'no-restricted-imports': restrict(BUILD, TESTS) } },
  { files: ['**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  // The one exception: the data-check benchmark builds the site with the tests' build helper.
  {
    files: ['scripts/bench-data-check.ts'],
    rules: { 'no-restricted-imports': restrict({ regex: '(^|/)tests/(?!helpers/build-site\\.ts$)', message: TESTS.message }) },
  },
);
