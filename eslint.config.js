// The lint half of `npm test` (with lit-analyzer for template types and Prettier for layout).
// Recommended sets only; each rule turned off below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      'public/mockServiceWorker.js',
      '.home/',
      '.cache/',
      'coverage/',
      'server/.data/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'bench/page.js', 'test/e2e/csp/page.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement always defines the lifecycle callbacks; guarding `super.connectedCallback`
      // protects plain HTMLElement subclasses, which we do not write.
      'wc/guard-super-call': 'off',
      // `role="list"` on a list styled with `list-style: none` is deliberate: WebKit (VoiceOver)
      // drops the list semantics of such lists, and the rule has no option for this exception.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    // `lit/static-html.js` binds the tag name on purpose (a real <hN> at the page's level).
    files: ['src/templates/heading.ts'],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '*.js', '*.ts', 'server/**/*.ts'],
    ignores: ['src/**', 'test/**/*.ts', 'stories/**', 'demo/**', 'bench/page.js', 'test/e2e/csp/page.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/e2e/**/*.mjs', 'bench/run.mjs'],
    // Playwright's page.evaluate callbacks run in the page.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // tsc's noUnusedLocals/noUnusedParameters already refuse these; an underscore marks a
      // parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
