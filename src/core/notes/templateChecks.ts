/**
 * Checks of a note template that need the renderer: where private items land. A template must put
 * the previous note's private open items (`{{carriedOverPrivate}}`) where privacy.ts reads them as
 * private; one that would put them under a shared heading (a heading written into its Private
 * section's body, say) is refused by the build and by team-pack validation. Pure.
 */
import type { Template } from '../content/schema';
import { privateParts } from './privacy';
import { renderNote } from './renderTemplate';
import { inSpans } from '../markdown/sections';

const SENTINEL = '- [ ] two-hats-private-sentinel';

/** Why `template` is refused, one message per problem (none: []). */
export function templateProblems(template: Template): string[] {
  if (template.for !== 'one-on-one') return [];
  const note = renderNote(template, { person: 'P', date: '2026-01-01', carriedOver: [], talkingPoints: [], carriedOverPrivate: [SENTINEL] });
  const lines = note.text.split('\n');
  const isPrivate = inSpans(privateParts(note.text).spans);
  const leaks = lines.flatMap((line, i) => (line === SENTINEL && !isPrivate(i) ? [i] : []));
  return leaks.length > 0
    ? ['puts the private open items it carries over where they would be shared: keep {{carriedOverPrivate}} under a Private heading, with no other heading of the same or a higher level before it']
    : [];
}
