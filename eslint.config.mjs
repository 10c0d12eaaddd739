// Lint rules that keep the architecture: pure modules never import `vscode`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layering between folders is checked by dependency-cruiser (.dependency-cruiser.cjs); this
// rule adds a clear message where `vscode` itself is imported into pure code.
const pure = ['src/core/**/*.ts', 'src/webview/**/*.ts', 'test/unit/core/**/*.ts', 'test/unit/*.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'scratch/**', 'test/fixtures/**'] },
  // Scripts, the harness, browser tests and the helper extensions are plain JavaScript on Node.
  {
    files: ['**/*.js', '**/*.mjs'],
    ...js.configs.recommended,
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  // Their page.evaluate() callbacks run in the browser.
  { files: ['test/e2e/**/*.mjs', 'test/harness/**/*.mjs', 'scripts/bench.mjs', 'test/bench/panel-render.mjs', 'test/bench/workbench.mjs', 'test/bench/scale.mjs', 'test/bench/vscode.mjs'], languageOptions: { globals: { ...globals.node, ...globals.mocha, ...globals.browser } } },
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: pure,
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Pure modules must not import vscode; put VS Code calls in an adapter.' }] }],
    },
  },
  // Unit tests of host adapters run without VS Code: they may use its types, never its module.
  {
    files: ['test/unit/host/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Unit tests run without VS Code: use a fake and import vscode types only.', allowTypeImports: true }] }],
    },
  },
);
