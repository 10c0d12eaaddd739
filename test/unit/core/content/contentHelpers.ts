/** Shared fixtures for content tests: the real bundled content and small valid items. */
import { join } from 'node:path';
import { loadBundledContent } from '../../../../scripts/build/buildContent';

export const contentDir = join(__dirname, '..', '..', '..', '..', '..', 'content');
export const bundled = loadBundledContent(contentDir);

export const validPrompt = {
  id: 'dr.problem.sample', text: 'Who notices first if we ship nothing?', hat: 'lead', asks: 'why', for: 'design-review', phase: 'problem',
};
