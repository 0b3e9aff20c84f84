// @ts-check
/**
 * The linter knows the project's rules (see CONTRIBUTING.md, "Rooms"): promises are awaited or
 * handled, every relative import names its file (Node runs the server's TypeScript as it is), no
 * import cycles, the pure core imports no framework and touches no DOM, nothing outside
 * `src/server` imports it (but the on-demand routes), islands import no server code, and the
 * islands' JSX and the Astro markup follow the accessibility rules. `npm run check` runs it with
 * `--max-warnings 0`.
 */
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import tseslint from 'typescript-eslint';

/** Framework-free folders: plain TypeScript that any runtime can test. */
const PURE = [
  'src/text',
  'src/analysis',
  'src/articles',
  'src/i18n',
  'src/calculators',
  'src/charts',
  'src/newsletter',
  'src/policy',
  'src/search',
];
const FRAMEWORKS = ['astro', 'astro:*', '@astrojs/*', 'preact', 'preact/*', '@preact/*'];
const SERVER = ['**/server/**', '**/server/*'];

/** On-demand routes run only on the server: they may hand requests to it. */
const ON_DEMAND = [
  'src/pages/api/**',
  'src/pages/newsletter/confirmer.astro',
  'src/pages/newsletter/desinscription.astro',
  'src/pages/en/newsletter/confirm.astro',
  'src/pages/en/newsletter/unsubscribe.astro',
  'src/env.d.ts',
];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'var/', 'node_modules/', 'test-results/', 'content/'] },
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Dependencies are parsed as TypeScript too, or no-cycle would not see through them.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mjs', '.js'] },
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/extensions': ['error', 'ignorePackages', { checkTypeImports: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx,mjs}', 'scripts/**/*.ts', 'astro.config.mjs'],
    ignores: ['src/server/**', ...ON_DEMAND],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SERVER, message: 'Only src/server and on-demand routes import the server.' },
          ],
        },
      ],
    },
  },
  {
    files: PURE.map((dir) => `${dir}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FRAMEWORKS,
              message: 'The pure core imports no framework (CONTRIBUTING.md, "Rooms").',
            },
            { group: SERVER, message: 'The pure core imports no server code.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'The pure core touches no DOM.' },
        { name: 'window', message: 'The pure core touches no DOM.' },
        { name: 'localStorage', message: 'The pure core touches no DOM.' },
      ],
    },
  },
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    files: ['**/*.astro'],
    rules: {
      // `role="list"` on a list styled without bullets: VoiceOver in Safari drops the list
      // semantics of such lists unless the role is explicit.
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
    },
  },
  {
    files: ['src/islands/**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    files: ['**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: SERVER, message: 'Only on-demand routes import the server.' }] },
      ],
    },
  },
  {
    files: ON_DEMAND,
    rules: { 'no-restricted-imports': 'off' },
  },
);
