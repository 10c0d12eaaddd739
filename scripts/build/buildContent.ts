/**
 * Build-time step (run by esbuild.mjs, never shipped): validates every bundled content file,
 * merges them, checks the invariants and writes `dist/content.json` (trusted at run time, so
 * activation never pays for validation), `dist/pack.schema.json` for `jsonValidation` and
 * `dist/markdown.snippets.json` for `contributes.snippets`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { emptyContent, mergePacks, type ContentSet, type SourcedPack } from '../../src/core/content/contentSet';
import { contentReport } from '../../src/core/content/contentChecks';
import { checkInvariants } from '../../src/core/content/invariants';
import { packSchema } from '../../src/core/content/schema';
import { formatProblem, parsePack } from '../../src/core/content/validate';
import { buildSnippets } from '../../src/core/completions/snippets';
import { templateProblems } from '../../src/core/notes/templateChecks';

export interface BuildResult {
  readonly errors: string[];
  readonly content: ContentSet;
}

/** Validates and merges `content/*.json` under `root`; pure apart from reading files. */
export function loadBundledContent(contentDir: string): BuildResult {
  const errors: string[] = [];
  const packs: SourcedPack[] = [];
  for (const name of readdirSync(contentDir).filter((f) => f.endsWith('.json')).sort()) {
    const file = `content/${name}`;
    const result = parsePack(readFileSync(join(contentDir, name), 'utf8'), file);
    errors.push(...result.problems.map(formatProblem));
    if (result.pack) packs.push({ source: file, pack: result.pack });
  }
  const { content, problems } = mergePacks(emptyContent, packs);
  errors.push(...problems.map(formatProblem));
  if (errors.length === 0) errors.push(...checkInvariants(content).map((m) => `content: ${m}`));
  for (const t of content.templates) errors.push(...templateProblems(t).map((m) => `content: template ${t.id} ${m}`));
  return { errors, content };
}

export function packJsonSchema(): object {
  return { title: 'Two Hats content pack', ...z.toJSONSchema(packSchema) };
}

/** Entry point for esbuild.mjs: returns false (after printing why) when the content is invalid. */
export function buildContent(root: string, outDir: string): boolean {
  const { errors, content } = loadBundledContent(join(root, 'content'));
  if (errors.length > 0) {
    for (const e of errors) console.error(`error: ${e}`);
    return false;
  }
  // Counts per category, depth and phase, the fused figures and the length limit, so a reviewer sees them on every build.
  for (const line of contentReport(content.prompts, content.transitions)) console.log(`content: ${line}`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'content.json'), JSON.stringify(content));
  writeFileSync(join(outDir, 'pack.schema.json'), JSON.stringify(packJsonSchema(), null, 1));
  // Snippets come from the same validated content, so they can never drift from it.
  writeFileSync(join(outDir, 'markdown.snippets.json'), JSON.stringify(buildSnippets(content), null, 1));
  return true;
}
