// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Page text must never become HTML or code; the one sanitised path is lib/sanitize.ts. */
const noHtmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'No innerHTML: use textContent, or lib/sanitize.ts for database markup.',
  },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No outerHTML.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No insertAdjacentHTML.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Only components/SafeMarkup.tsx may set markup, through lib/sanitize.ts.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      '.cache/**',
      'demo-output/**',
      'bench-output/**',
      'lib/claims/generated/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...noHtmlSinks],
    },
  },
  {
    // The pure text engine and the claims data know nothing of the DOM, the browser or the UI.
    files: ['lib/engine/**/*.ts', 'lib/claims/schema.ts', 'lib/claims/database.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['preact', 'preact/*', '@preact/*'],
              message: 'The engine is pure: no UI imports.',
            },
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'],
              message: 'The engine is pure: no browser APIs.',
            },
            {
              group: ['dompurify', 'linkedom', 'node:*'],
              message: 'The engine is pure: no DOM or Node APIs.',
            },
            {
              group: ['**/dom/**', '**/content/**', '**/components/**', '**/entrypoints/**'],
              message: 'The engine may not import DOM or UI code.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'navigator',
        'browser',
        'chrome',
        'Node',
        'Element',
        'HTMLElement',
        'CSS',
        'location',
        'fetch',
        'process',
      ],
    },
  },
  {
    // DOM code reads pages but stays free of the UI and of extension APIs, so the CLI can run it.
    files: ['lib/dom/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['preact', 'preact/*', '**/components/**', '**/entrypoints/**'],
              message: 'DOM code has no UI.',
            },
            {
              group: ['wxt/browser', '#imports', 'webextension-polyfill', '@wxt-dev/*'],
              message: 'DOM code has no extension APIs.',
            },
          ],
        },
      ],
    },
  },
  {
    // The one place database markup becomes DOM, after DOMPurify.
    files: ['components/SafeMarkup.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
