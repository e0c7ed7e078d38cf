// ESLint for kefu's sources, run by `npm test` (`eslint --config test/eslint.config.js`).
// Besides typescript-eslint's type-checked rules, it holds the layering: each folder of src/
// may import only from the folders below it, and the pure core never reaches the file system,
// the process, the terminal or the database.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each folder of src/ and the folders it may import from. Anything not listed is above it. */
export const LAYERS = {
  model: [],
  i18n: ['model'],
  scenario: ['model'],
  engine: ['model', 'scenario'],
  grading: ['model', 'scenario', 'engine'],
  analysis: ['model', 'scenario', 'engine', 'grading'],
  quiz: ['model', 'i18n', 'scenario', 'engine', 'grading', 'analysis'],
  checks: ['model', 'i18n', 'scenario', 'engine', 'grading', 'analysis', 'quiz'],
  judge: ['model', 'i18n', 'scenario', 'engine', 'grading'],
  progress: ['model', 'i18n', 'scenario', 'engine', 'grading', 'analysis', 'quiz'],
  library: ['model', 'i18n', 'scenario', 'engine', 'grading', 'analysis', 'quiz', 'checks'],
  store: ['model', 'i18n', 'scenario', 'engine', 'grading', 'quiz', 'progress'],
  ui: ['model', 'i18n', 'scenario', 'engine', 'grading', 'analysis', 'quiz', 'checks', 'judge', 'progress'],
  cli: ['model', 'i18n', 'scenario', 'engine', 'grading', 'analysis', 'quiz', 'checks', 'judge', 'progress', 'library', 'store', 'ui'],
};
const SHELL = new Set(['library', 'store', 'ui', 'cli']);
const FOLDERS = Object.keys(LAYERS);

/** What only the shell may import: I/O, the terminal, the process, the database. */
const IO_MODULES = [
  'fs', 'fs/promises', 'child_process', 'process', 'readline', 'net', 'http', 'https', 'os', 'tty', 'worker_threads', 'path',
].flatMap((m) => [m, `node:${m}`]);
const SHELL_PACKAGES = ['chalk', 'ora', 'commander', '@inquirer/*', 'better-sqlite3', 'env-paths', 'string-width', 'linebreak', '@node-rs/*', 'jieba-wasm'];

function layerRules(folder) {
  const above = FOLDERS.filter((f) => f !== folder && !LAYERS[folder].includes(f));
  const patterns = [
    {
      regex: `^(\\.\\./)+(${above.join('|')})/`,
      message: `src/${folder}/ may import only from ${LAYERS[folder].map((f) => `src/${f}/`).join(', ') || 'no other folder'}: the layers run model → core → shell, never upward.`,
    },
  ];
  const core = !SHELL.has(folder);
  if (core) patterns.push({ group: SHELL_PACKAGES, message: 'The pure core takes text and values; terminal, database and segmenter modules belong to the shell (library, store, ui, cli).' });
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { ...(core ? { paths: IO_MODULES.map((name) => ({ name, message: 'The pure core does no I/O: pass what it needs in.' })) } : {}), patterns }],
      ...(core ? { 'no-restricted-globals': ['error', { name: 'process', message: 'The pure core does not read the process: pass what it needs in.' }], 'no-console': 'error' } : {}),
    },
  };
}

export default tseslint.config(
  { ignores: ['.build/**', 'node_modules/**', 'test/**', 'bin/**', 'scenarios/**'] },
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      // Every command action has one async signature (ctx, args, options) → Promise<exit code),
      // whether or not this one awaits anything.
      '@typescript-eslint/require-await': 'off',
      // An unused argument named with a leading underscore is a signature kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...FOLDERS.map(layerRules),
);
