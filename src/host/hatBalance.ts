/**
 * The hat balance as the panel shows it and the report prints it: the hat history (hatHistory.ts)
 * joined with the asked log, the content and the `twoHats.hatBalance.nudgeAfter` setting. Returns
 * domain types (the panel builds its messages in panel/hatBalanceFeed.ts). No dialogs.
 */
import * as vscode from 'vscode';
import type { ContentSet } from '../core/content/contentSet';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { isoDate } from '../core/dates';
import { expandReflection, recentMonths, type ExpandedReflection } from '../core/hatBalance/reflection';
import { hatNudge, nudgeAfterValue, type Nudge } from '../core/hatBalance/hatNudge';
import { AskedLog } from './askedLog';
import type { MeetingMix, MeetingQuery } from './hatHistory';
import type { Services } from './services';

/** The setting, read as the nudge rule reads it: 0 (off) or 2 to 8. */
export function nudgeAfterSetting(): number {
  return nudgeAfterValue(vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>(SETTINGS.hatBalanceNudgeAfter));
}

/** The asked log of a note under the notes folder (`design-reviews/…`): its own scope. */
export function askedInNote(services: Services, path: string): Readonly<Record<string, string>> {
  const uri = services.notes.uriOf(path);
  return uri ? services.asked.askedIn(services.asked.scopeOf(uri)) : {};
}

export function personMeetings(services: Services, content: ContentSet, slug: string, query?: MeetingQuery): Promise<MeetingMix[]> {
  return services.hatHistory.personMeetings(slug, content.prompts, services.asked.askedIn(AskedLog.person(slug)), query);
}

export function reviewMeetings(services: Services, content: ContentSet, query?: MeetingQuery): Promise<MeetingMix[]> {
  return services.hatHistory.reviewMeetings(content.prompts, (path) => askedInNote(services, path), query);
}

/** What the hat-balance chart shows: a person's last 1:1s, the last design reviews, and the nudge when it applies. */
export interface HatBalance {
  readonly person?: string;
  readonly meetings: readonly MeetingMix[];
  readonly reviews: readonly MeetingMix[];
  readonly nudge?: Nudge;
}

/** The person's last `limit` 1:1s, the last `limit` design reviews, and the nudge toward the other side when it applies. */
export async function hatBalance(services: Services, person: string | undefined, limit: number, today = isoDate(new Date())): Promise<HatBalance> {
  const content = await services.content.get();
  const query = { limit };
  const [meetings, reviews] = await Promise.all([
    person ? personMeetings(services, content, person, query) : Promise.resolve([]),
    reviewMeetings(services, content, query),
  ]);
  const nudge = person ? hatNudge(meetings, content.prompts, services.asked.askedIn(AskedLog.person(person)), today, nudgeAfterSetting()) : undefined;
  return { ...(person ? { person } : {}), meetings, reviews, ...(nudge ? { nudge } : {}) };
}

const expanded = new WeakMap<ContentSet, ExpandedReflection | null>();

/** The content's reflection template written out per shift; undefined without a reflection template. */
export function reflectionOf(content: ContentSet): ExpandedReflection | undefined {
  let found = expanded.get(content);
  if (found === undefined) {
    const template = content.templates.find((t) => t.for === 'reflection');
    found = template ? expandReflection(template, content.transitions) : null;
    expanded.set(content, found);
  }
  return found ?? undefined;
}

/** The reflection notes of the month of `today` and the two before, newest first, with the shifts each reflects on. */
export async function recentReflections(services: Services, today: string): Promise<{ fileName: string; month: string; shifts: string[] }[]> {
  const reflection = reflectionOf(await services.content.get());
  return reflection ? services.hatHistory.reflectionNotes(recentMonths(today, 3), reflection) : [];
}
