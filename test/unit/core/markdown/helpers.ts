/** Fixtures for the markdown tests: the bundled content as a validated set, and small prompts. */
import { loadBundledContent } from '../../../../scripts/build/buildContent';
import { findContentDir } from '../content/contentHelpers';
import { emptyContent, type ContentSet } from '../../../../src/core/content/contentSet';
import type { DesignPrompt, OneOnOnePrompt, Prompt } from '../../../../src/core/content/schema';
import { CATEGORIES, HATS, PHASES } from '../../../../src/core/content/taxonomy';

const loaded = loadBundledContent(findContentDir());
if (loaded.errors.length > 0) throw new Error(`bundled content is invalid: ${loaded.errors.join('; ')}`);
/** The real bundled content, validated. */
export const bundled: ContentSet = loaded.content;

/** A design-review prompt with defaults for the fields a test does not care about. */
export function designPrompt(fields: Partial<DesignPrompt> & Pick<DesignPrompt, 'id' | 'text'>): DesignPrompt {
  return { hat: 'lead', asks: 'why', for: 'design-review', phase: 'problem', ...fields };
}

/** A 1:1 prompt with defaults for the fields a test does not care about. */
export function oneOnOnePrompt(fields: Partial<OneOnOnePrompt> & Pick<OneOnOnePrompt, 'id' | 'text'>): OneOnOnePrompt {
  return { hat: 'both', asks: 'why', for: 'one-on-one', category: 'check-in', depth: 'opener', ...fields };
}

/** Content with only `prompts` (and the bundled taxonomy, so labels read as in the product). */
export function withPrompts(prompts: readonly Prompt[], more: Partial<ContentSet> = {}): ContentSet {
  return { ...emptyContent, taxonomy: bundled.taxonomy, prompts, ...more };
}

const WORDS = ['service', 'latency', 'rollout', 'budget', 'owner', 'schema', 'queue', 'cache', 'incident', 'review',
  'customer', 'deadline', 'migration', 'alert', 'capacity', 'contract', 'release', 'feature', 'team', 'risk'];

/**
 * `n` synthetic prompts, alternating design and 1:1, each text built from a few common words, hats in turn,
 * plus one word unique to it (`uniq<i>`), so a query can pin down exactly one prompt.
 */
export function syntheticPrompts(n: number): Prompt[] {
  const out: Prompt[] = [];
  for (let i = 0; i < n; i++) {
    const w = (k: number): string => WORDS[(i * 7 + k * 3) % WORDS.length]!;
    const text = `How does the ${w(0)} ${w(1)} affect the ${w(2)} for uniq${i}?`;
    const hat = HATS[i % HATS.length]!;
    out.push(i % 2 === 0
      ? designPrompt({ id: `dr.synthetic.p${i}`, text, hat, phase: PHASES[i % PHASES.length]!, asks: i % 4 === 0 ? 'why' : 'how', tags: [w(3)] })
      : oneOnOnePrompt({ id: `oo.synthetic.p${i}`, text, hat, category: CATEGORIES[i % CATEGORIES.length]!, tags: [w(4)] }));
  }
  return out;
}
