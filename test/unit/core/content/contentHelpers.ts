/** Shared fixtures for content tests: the real bundled content and small valid items. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadBundledContent } from '../../../../scripts/build/buildContent';

/** The project's content/ folder, found upward from the compiled test (bundled tests move __dirname). */
export function findContentDir(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'content', 'taxonomy.json'))) return join(dir, 'content');
    if (dirname(dir) === dir) throw new Error(`no content/ folder above ${from}`);
  }
}

export const contentDir = findContentDir();
export const bundled = loadBundledContent(contentDir);

export const validPrompt = {
  id: 'dr.problem.sample', text: 'Who notices first if we ship nothing?', hat: 'lead', asks: 'why', for: 'design-review', phase: 'problem',
};
