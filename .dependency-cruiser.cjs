// The layering rule of src/ (docs/architecture.md), checked by `npm run depcheck` inside `npm test`:
//   core/     imports only core/ (content <- markdown <- notes <- panel protocol), never vscode or Node;
//   webview/  imports only core/ and itself;
//   host/     imports core/ (and vscode), never a surface;
//   surfaces (commands/, completions/, codelens/, panel/, statusbar/) import host/ and core/, never each other;
//   only the entry files (extension.ts, features.ts) import surfaces, and nothing imports them.
// Type-only imports count too. Any cycle between modules fails.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-only-core',
      comment: 'core/ is pure TypeScript shared by the extension host, the web worker host and the webview.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'core-without-vscode-or-node',
      comment: 'core/ runs where there is no vscode module and no Node (the webview, a web worker).',
      severity: 'error',
      from: { path: '^(src/core|src/webview)/' },
      to: { path: '^vscode$|node_modules/@types/vscode/' },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^(src/core|src/webview)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-content-is-the-base',
      comment: 'Inside core/: content is the base; markdown builds on content; notes on both; the panel protocol on all.',
      severity: 'error',
      from: { path: '^src/core/content/' },
      to: { path: '^src/core/(markdown|notes|panel)/' },
    },
    {
      name: 'core-markdown-below-notes',
      severity: 'error',
      from: { path: '^src/core/markdown/' },
      to: { path: '^src/core/(notes|panel)/' },
    },
    {
      name: 'core-notes-below-panel',
      severity: 'error',
      from: { path: '^src/core/notes/' },
      to: { path: '^src/core/panel/' },
    },
    {
      name: 'webview-imports-only-core',
      comment: 'The webview bundle runs in the page: it may import core/ and itself, nothing of the host.',
      severity: 'error',
      from: { path: '^src/webview/' },
      to: { path: '^src/', pathNot: '^src/(core|webview)/' },
    },
    {
      name: 'host-imports-no-surface',
      comment: 'host/ holds VS Code adapters; surfaces build on it, never the other way round.',
      severity: 'error',
      from: { path: '^src/host/' },
      to: { path: '^src/(commands|completions|codelens|panel|statusbar|webview)/|^src/(extension|features)\\.ts$' },
    },
    {
      name: 'surfaces-do-not-import-each-other',
      comment: 'A surface talks to another through a command id (core/ids.ts), not an import.',
      severity: 'error',
      from: { path: '^src/(commands|completions|codelens|panel|statusbar)/' },
      to: { path: '^src/(commands|completions|codelens|panel|statusbar|webview)/', pathNot: '^src/$1/' },
    },
    {
      name: 'only-entries-import-entries',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(extension|features)\\.ts$' },
      to: { path: '^src/(extension|features)\\.ts$' },
    },
    {
      name: 'build-tools-import-only-core',
      comment: 'Build-time tools (scripts/build) use the pure core, never the runtime adapters.',
      severity: 'error',
      from: { path: '^scripts/build/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      // The lazy chunks (dist/*.js beside extension.js) are required by file name at run time.
      to: { couldNotResolve: true, pathNot: '^vscode$|^\\./(features|panel|packs|yaml)\\.js$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
