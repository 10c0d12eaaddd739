// The layering rule of src/ (docs/architecture.md), checked by `npm run depcheck` inside `npm test`:
//   core/     imports only core/ (content <- markdown <- notes <- panel protocol), never vscode or Node;
//   webview/  imports only core/ and itself;
//   host/     imports core/ (and vscode), never a surface;
//   surfaces (commands/, completions/, codelens/, panel/, statusbar/, team/, views/, links/) import host/ and core/, never each other;
//   only the entry files (extension.ts, features.ts) import surfaces, and nothing imports them.
// Type-only imports count too. Any cycle between modules fails.
/** The feature folders of core/ (docs/architecture.md). */
const FEATURES = ['people', 'designDocs', 'hatBalance', 'completions', 'commitments', 'growth', 'decisions'];
/**
 * The only places a feature of core/ may use another feature: from -> [to]. Commitments name
 * people (owners, the next 1:1); the long loop reads goals, commitments and review notes; a
 * decision is a design doc after its review.
 */
const FEATURE_USES = {
  // commitments reads a review note's sign-off sections (decisions) to leave the reviewers' items out.
  commitments: ['people', 'decisions'],
  growth: ['people', 'commitments', 'designDocs', 'decisions'],
  decisions: ['designDocs'],
};

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
      name: 'core-leaves-import-nothing',
      comment: 'core/dates.ts and core/visibleText.ts are leaves every part of core may use; they use nothing.',
      severity: 'error',
      from: { path: '^src/core/(dates|visibleText)\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'core-content-is-the-base',
      comment: 'Inside core/: content is the base; markdown builds on content; notes on both; features on all three; the panel protocol on all.',
      severity: 'error',
      from: { path: '^src/core/content/' },
      to: { path: '^src/core/', pathNot: '^src/core/(content/|dates\\.ts$|visibleText\\.ts$)' },
    },
    {
      name: 'core-markdown-is-generic',
      comment: 'core/markdown/ holds what every feature reads (the one scanner, sections, task items, escaping): it knows no feature.',
      severity: 'error',
      from: { path: '^src/core/markdown/' },
      to: { path: '^src/core/', pathNot: '^src/core/(content/|markdown/|dates\\.ts$|visibleText\\.ts$)' },
    },
    {
      name: 'core-notes-is-generic',
      comment: 'core/notes/ holds what every note has (names, dates, front matter, templates, carry-over, privacy): it knows no feature.',
      severity: 'error',
      from: { path: '^src/core/notes/' },
      to: { path: '^src/core/', pathNot: '^src/core/(content/|markdown/|notes/|dates\\.ts$|visibleText\\.ts$)' },
    },
    // A feature folder of core/ uses content, markdown, notes and itself; another feature only where FEATURE_USES allows it.
    ...FEATURES.map((feature) => ({
      name: `core-${feature}-uses-generic-core`,
      severity: 'error',
      from: { path: `^src/core/${feature}/` },
      to: { path: '^src/core/', pathNot: `^src/core/(${['content', 'markdown', 'notes', feature, ...(FEATURE_USES[feature] ?? [])].join('/|')}/|dates\\.ts$|visibleText\\.ts$)` },
    })),
    {
      name: 'webview-imports-only-core',
      comment: 'The webview bundle runs in the page: it may import core/ and itself, nothing of the host.',
      severity: 'error',
      from: { path: '^src/webview/' },
      to: { path: '^src/', pathNot: '^src/(core|webview)/' },
    },
    {
      name: 'only-the-panel-speaks-the-protocol',
      comment: 'The wire protocol is the panel\'s: the host returns domain types and panel/ builds the messages (the webview reads them).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(panel|webview|core/panel)/' },
      to: { path: '^src/core/panel/protocol\\.ts$' },
    },
    {
      name: 'host-imports-no-surface',
      comment: 'host/ holds VS Code adapters; surfaces build on it, never the other way round.',
      severity: 'error',
      from: { path: '^src/host/' },
      to: { path: '^src/(commands|completions|codelens|panel|statusbar|team|views|links|webview)/|^src/(extension|features)\\.ts$' },
    },
    {
      name: 'surfaces-do-not-import-each-other',
      comment: 'A surface talks to another through a command id (core/ids.ts), not an import.',
      severity: 'error',
      from: { path: '^src/(commands|completions|codelens|panel|statusbar|team|views|links)/' },
      to: { path: '^src/(commands|completions|codelens|panel|statusbar|team|views|links|webview)/', pathNot: '^src/$1/' },
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
      to: { couldNotResolve: true, pathNot: '^vscode$|^\\./(features|panel|packs|yaml|markdown)\\.js$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
