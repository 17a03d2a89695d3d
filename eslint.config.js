// ESLint 9 flat config. Run with `eslint --max-warnings 0 .` (npm run lint).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that renders Lit templates in a browser: the elements and their stories. */
const LIT_FILES = ['src/**/*.ts', 'builder/src/**/*.ts', 'stories/**/*.ts'];

export default defineConfig([
  globalIgnores([
    '**/dist/',
    'storybook-static/',
    'builder-static/',
    'coverage/',
    'screenshots/',
    '.cache/',
    'custom-elements.json',
    'node_modules/', // ignored by default; listed so the whole list is in one place
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter or binding kept for its position or for documentation.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },

  // Type-aware rules where the shipped code lives (floating promises, unsafe any, misused promises). The project
  // service reads tsconfig.json, which already includes src/.
  {
    files: ['src/**/*.ts', 'builder/src/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // eslint-plugin-lit and eslint-plugin-wc ship flat configs; eslint-plugin-lit-a11y 5 names its flat config
  // `recommended` (there is no `flat/recommended`): it is already `{ plugins: { 'lit-a11y': plugin }, rules }`.
  {
    files: LIT_FILES,
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    settings: {
      // eslint-plugin-wc 3.1 tries to detect Lit with `require.resolve` from an ES module, which always throws, so
      // without this setting it never treats a LitElement subclass as a custom element.
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      // LitElement implements connectedCallback, disconnectedCallback and attributeChangedCallback, so an unguarded
      // `super.connectedCallback()` is correct there; the rule is written for classes that extend HTMLElement.
      'wc/guard-super-call': 'off',
    },
  },

  {
    files: ['src/**/*.ts', 'builder/src/**/*.ts', 'tests/**/*.ts', 'stories/**/*.ts', '.storybook/preview.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', '**/*.config.{js,mjs,cjs,ts}', '.storybook/main.ts', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts drive Chromium with puppeteer: the functions they pass to page.evaluate() run in the page.
    files: ['scripts/**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
]);
