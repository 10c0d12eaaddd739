/**
 * A nudge, not a nag: when the last N meetings with a person that held prompts all asked only why
 * (or only how), suggest two 1:1 prompts from the other side that were not asked to that person
 * recently. Meetings with no prompts do not count toward N; N = 0 turns the nudge off. Pure.
 */
import type { Asks, OneOnOnePrompt, Prompt } from '../content/schema';
import type { HatCounts } from './hatMix';
import { questionBank } from '../content/promptQuery';

/** The setting's default, and its largest value: the panel looks at the last 8 meetings. */
export const NUDGE_AFTER_DEFAULT = 3;
export const NUDGE_AFTER_MAX = 8;
/** How many prompts a nudge suggests. */
export const NUDGE_PROMPTS = 2;

/** A meeting as the nudge reads it: its day, its mix, and the prompts it held. */
export interface NudgeMeeting {
  readonly date: string;
  readonly prompts: HatCounts | 'none';
  readonly ids: readonly string[];
}

export interface Nudge {
  /** The one side the last `meetings` meetings used. */
  readonly used: Asks;
  /** The side the suggestions come from. */
  readonly suggest: Asks;
  readonly meetings: number;
  readonly prompts: readonly OneOnOnePrompt[];
}

/**
 * `twoHats.hatBalance.nudgeAfter` as the rule reads it: 0 (off), or a whole number from 2 to 8.
 * 1 would nudge after every meeting and reads as 2; above 8 reads as 8; anything else is the default.
 */
export function nudgeAfterValue(raw: unknown): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return NUDGE_AFTER_DEFAULT;
  const n = Math.floor(raw);
  if (n <= 0) return 0;
  return Math.min(NUDGE_AFTER_MAX, Math.max(2, n));
}

/** The one side a meeting's prompts asked, or undefined when it asked both (or none). */
function oneSide(counts: HatCounts | 'none'): Asks | undefined {
  if (counts === 'none') return undefined;
  if (counts.why > 0 && counts.how === 0) return 'why';
  if (counts.how > 0 && counts.why === 0) return 'how';
  return undefined;
}

/**
 * The nudge for a person, or undefined. `meetings` are their 1:1s, oldest first; `asked` is the
 * asked log for them (id → last day asked). A prompt counts as asked recently when the log or a
 * meeting's note has it within RECENT_DAYS of `today` (see promptQuery questionBank).
 */
export function hatNudge(
  meetings: readonly NudgeMeeting[],
  prompts: readonly Prompt[],
  asked: Readonly<Record<string, string>>,
  today: string,
  nudgeAfter: number,
): Nudge | undefined {
  const n = nudgeAfterValue(nudgeAfter);
  if (n === 0) return undefined;
  const counted = meetings.filter((m) => m.prompts !== 'none');
  if (counted.length < n) return undefined;
  const last = counted.slice(-n);
  const used = oneSide(last[0]!.prompts);
  if (!used || !last.every((m) => oneSide(m.prompts) === used)) return undefined;
  const suggest: Asks = used === 'why' ? 'how' : 'why';
  const lastAsked: Record<string, string> = { ...asked };
  for (const m of meetings) {
    for (const id of m.ids) {
      const before = Object.hasOwn(lastAsked, id) ? lastAsked[id] : undefined;
      if (before === undefined || before < m.date) lastAsked[id] = m.date;
    }
  }
  const picks = questionBank(prompts, lastAsked, { lens: suggest }, today)
    .filter((e) => e.suggested).slice(0, NUDGE_PROMPTS).map((e) => e.prompt);
  return picks.length === 0 ? undefined : { used, suggest, meetings: n, prompts: picks };
}
