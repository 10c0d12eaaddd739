// Lint rules that keep the architecture: pure modules never import `vscode`.
import tseslint from 'typescript-eslint';

const pure = ['src/content/**/*.ts', 'src/notes/**/*.ts', 'src/webview/**/*.ts', 'src/panel/protocol.ts', 'src/panel/panelLogic.ts', 'src/markdown/**/*.ts', 'test/unit/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'scratch/**', 'test/fixtures/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: pure,
    ignores: ['src/markdown/*Provider.ts', 'src/notes/*Adapter.ts', 'src/notes/vscode*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Pure modules must not import vscode; put VS Code calls in an adapter.' }] }],
    },
  },
);
