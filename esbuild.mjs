// Builds Two Hats: validated content, the Node extension bundle, the browser webview bundle,
// and (with --tests) the mocha suites. Usage: node esbuild.mjs [--dev] [--watch] [--tests]
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeL10nBundle } from './scripts/build/l10nBundle.mjs';
import { webBundleProblems, webOptions, webTestOptions } from './scripts/build/webBundle.mjs';

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const root = import.meta.dirname;
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);

// `module` first: jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow.
const common = { mainFields: ['module', 'main'], bundle: true, minify: !dev, sourcemap: dev ? 'linked' : false, logLevel: 'warning', target: 'es2022', legalComments: 'none' };

/** Content is validated here, at build time, so activation never pays for it. */
async function content() {
  const tool = join(root, 'out', 'tools', 'buildContent.js');
  await esbuild.build({ ...common, minify: false, entryPoints: ['scripts/build/buildContent.ts'], outfile: tool, platform: 'node', format: 'cjs' });
  const { buildContent } = require(tool);
  if (!buildContent(root, dist)) {
    console.error('Bundled content is invalid: fix the files named above.');
    process.exit(1);
  }
}

function copyAssets() {
  // Everything the webview loads lives under dist/webview/, its only local resource root besides media/.
  mkdirSync(join(dist, 'webview', 'codicons'), { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) cpSync(join(root, 'node_modules/@vscode/codicons/dist', f), join(dist, 'webview', 'codicons', f));
}

/**
 * Activation loads only dist/extension.js; what it does not need at once ships as chunks
 * beside it, each loaded on first use with `require('./<chunk>.js')`:
 * - yaml.js: the YAML library, a third of the weight, needed only to read front matter;
 * - markdown.js: markdown-it, VS Code's own markdown parser, needed once a note or doc is read;
 * - features.js: commands, completions, notes and content, on the first command, panel open or `;;`;
 * - panel.js: the panel provider and the message schemas, when the view first opens;
 * - packs.js: team-pack loading with the schema and jsonc-parser, on the first content use.
 */
const CHUNKS = /^\.\/(yaml|markdown|panel|packs|features)\.js$/;
const lazyLibraries = {
  name: 'lazy-chunks',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'lazy-yaml' }));
    build.onResolve({ filter: /^markdown-it$/ }, () => ({ path: 'markdown-it', namespace: 'lazy-markdown' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-markdown' }, () => ({
      loader: 'js',
      contents: `let m; const load = () => (m ??= require('./markdown.js'));
        export default function MarkdownIt(...a) { const Parser = load().default; return new Parser(...a); }`,
    }));
    build.onResolve({ filter: CHUNKS }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({
      loader: 'js',
      contents: `let m; const load = () => (m ??= require('./yaml.js'));
        export const parseDocument = (...a) => load().parseDocument(...a);
        export const stringify = (...a) => load().stringify(...a);
        export const isAlias = (n) => load().isAlias(n);
        export const isMap = (n) => load().isMap(n);
        export const isPair = (n) => load().isPair(n);
        export const isScalar = (n) => load().isScalar(n);
        export const isSeq = (n) => load().isSeq(n);`,
    }));
  },
};
const yamlChunk = { ...common, stdin: { contents: "export { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, stringify } from 'yaml';", resolveDir: root }, outfile: 'dist/yaml.js', platform: 'node', format: 'cjs' };
const markdownChunk = { ...common, stdin: { contents: "export { default } from 'markdown-it';", resolveDir: root }, outfile: 'dist/markdown.js', platform: 'node', format: 'cjs' };
const extension = { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], plugins: [lazyLibraries] };
const featuresChunk = { ...extension, entryPoints: ['src/features.ts'], outfile: 'dist/features.js' };
const panelChunk = { ...extension, entryPoints: ['src/panel/panelProvider.ts'], outfile: 'dist/panel.js' };
const packsChunk = { ...extension, entryPoints: ['src/host/contentPacks.ts'], outfile: 'dist/packs.js' };
// The webview: an ES module whose other tabs are chunks loaded after the first paint (src/webview/main.ts).
const webview = { ...common, entryPoints: { webview: 'src/webview/main.ts' }, outdir: 'dist/webview', splitting: true, chunkNames: 'chunk-[hash]', platform: 'browser', format: 'esm' };
// The browser entry for VS Code for the Web: one bundle, chunks inlined (scripts/build/webBundle.mjs).
const web = webOptions(root, common);

/** Builds dist/web/extension.js and fails when anything in it could not run in a web worker. */
async function webBuild() {
  const { metafile } = await esbuild.build(web);
  const problems = webBundleProblems(root, metafile);
  if (problems.length) {
    console.error(`dist/web/extension.js cannot run in VS Code for the Web:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testEntries(p));
    else if (name.endsWith('.test.ts') || p.endsWith(join('integration', 'index.ts'))) out.push(p);
  }
  return out;
}

async function tests() {
  rmSync(join(root, 'out', 'test'), { recursive: true, force: true });
  await esbuild.build({
    ...common, minify: false, sourcemap: 'inline', entryPoints: testEntries(join(root, 'test')), outdir: 'out/test', outbase: 'test',
    platform: 'node', format: 'cjs', external: ['vscode', 'mocha', 'playwright-core', 'typescript'],
  });
  // The @vscode/test-web suite, for the browser (npm run test:web).
  await esbuild.build(webTestOptions(root, common));
}

rmSync(dist, { recursive: true, force: true });
await content();
copyAssets();
await writeL10nBundle(root);
if (args.has('--watch')) {
  await Promise.all([esbuild.build(yamlChunk), esbuild.build(markdownChunk)]);
  for (const options of [extension, featuresChunk, panelChunk, packsChunk, webview, web]) await (await esbuild.context(options)).watch();
  console.log('watching src/ for changes');
} else {
  await Promise.all([...[extension, featuresChunk, panelChunk, packsChunk, webview, yamlChunk, markdownChunk].map((options) => esbuild.build(options)), webBuild()]);
  if (args.has('--tests')) await tests();
}
