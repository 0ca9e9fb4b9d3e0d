import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/node_modules/', 'bench/dist/', 'site/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['*.js', '*.ts', 'scripts/**', 'bench/*.js', 'bench/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The engine is pure: it must run without a DOM, Lit or d3.
    files: ['src/kpi/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['lit', 'lit/*', '@lit/*', 'd3-*', '../shared/*', '../elements/*'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'customElements', 'HTMLElement'],
    },
  },
);
