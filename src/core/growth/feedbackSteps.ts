/**
 * Change feedback, written the way the `for: feedback` template (content/templates.json) lays it
 * out: situation, behaviour, effect, next step. Log Feedback asks for each part in turn, with the
 * section's heading as its title and the section's italic line as its guidance, and writes the
 * answers as one line of `## Feedback`, so the entry still moves into the next 1:1 as one item.
 * Pure and linear.
 */
import type { Template } from '../content/schema';

/** One part to ask for: the template section's heading, and its italic guidance line when it has one. */
export interface FeedbackStep {
  readonly heading: string;
  readonly guidance?: string;
}

/** `_text_` or `*text*` on its own: the text; otherwise undefined. */
function italicLine(line: string): string | undefined {
  const t = line.trim();
  if (t.length < 3) return undefined;
  const mark = t[0];
  if ((mark !== '_' && mark !== '*') || t[t.length - 1] !== mark) return undefined;
  const inner = t.slice(1, -1).trim();
  return inner === '' ? undefined : inner;
}

/**
 * The parts of change feedback: every section of the template after its title that has a body, in
 * order (the title names the note and holds `{{person}}`). Empty when there is no template.
 */
export function feedbackSteps(template: Template | undefined): FeedbackStep[] {
  if (!template) return [];
  return template.sections.slice(1).filter((s) => (s.body ?? []).length > 0 && s.heading.trim() !== '').map((s) => {
    const guidance = (s.body ?? []).map(italicLine).find((g) => g !== undefined);
    return { heading: s.heading.trim(), ...(guidance ? { guidance } : {}) };
  });
}

/** Blanks and line breaks folded to one space, trimmed: an answer is one line. */
function oneLine(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(' ');
}

/**
 * Change feedback as the words of one line: `Situation: … · Behaviour: … · Effect: … · Next
 * step: …`, parts left empty left out. Empty when every part is.
 */
export function changeFeedbackText(parts: readonly { readonly heading: string; readonly text: string }[]): string {
  return parts.map((p) => ({ heading: oneLine(p.heading), text: oneLine(p.text) })).filter((p) => p.text !== '')
    .map((p) => (p.heading === '' ? p.text : `${p.heading}: ${p.text}`)).join(' · ');
}
