// The one `require` the browser bundle knows: the lazy chunks, which esbuild.mjs resolves to
// their modules inside dist/web/extension.js. Any other `require` fails the web type-check.
declare function require(id: './features.js' | './panel.js' | './packs.js'): unknown;
