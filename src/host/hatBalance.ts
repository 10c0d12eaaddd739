/**
 * The hat balance as the panel shows it and the report prints it: the hat history (hatHistory.ts)
 * joined with the asked log, the content and the `twoHats.hatBalance.nudgeAfter` setting. No dialogs.
 */
import * as vscode from 'vscode';
import type { ContentSet } from '../core/content/contentSet';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { isoDate } from '../core/notes/noteNames';
import { expandReflection, recentMonths, type ExpandedReflection } from '../core/notes/reflection';
import { hatNudge, nudgeAfterValue } from '../core/panel/hatNudge';
import { HAT_BALANCE_MEETINGS, type MeetingMixView, type ToWebview } from '../core/panel/protocol';
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

function view(m: MeetingMix): MeetingMixView {
  return { date: m.date, label: (m.title ?? m.fileName).slice(0, 200), ...(m.prompts === 'none' ? {} : { prompts: m.prompts }) };
}

/** The `hatBalance` message: the person's last 8 1:1s, the last 8 design reviews, and the nudge when it applies. */
export async function hatBalanceMessage(services: Services, person: string | undefined, today = isoDate(new Date())): Promise<Extract<ToWebview, { type: 'hatBalance' }>> {
  const content = await services.content.get();
  const query = { limit: HAT_BALANCE_MEETINGS };
  const [meetings, reviews] = await Promise.all([
    person ? personMeetings(services, content, person, query) : Promise.resolve([]),
    reviewMeetings(services, content, query),
  ]);
  const nudge = person ? hatNudge(meetings, content.prompts, services.asked.askedIn(AskedLog.person(person)), today, nudgeAfterSetting()) : undefined;
  return {
    type: 'hatBalance', ...(person ? { person } : {}), meetings: meetings.map(view), reviews: reviews.map(view),
    ...(nudge ? { nudge: { used: nudge.used, suggest: nudge.suggest, meetings: nudge.meetings, ids: nudge.prompts.map((p) => p.id) } } : {}),
  };
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

/** The `reflections` message: the reflection notes of this month and the two before, with their shifts. */
export async function reflectionsMessage(services: Services, today: string): Promise<Extract<ToWebview, { type: 'reflections' }>> {
  const months = recentMonths(today, 3);
  const reflection = reflectionOf(await services.content.get());
  const notes = reflection ? await services.hatHistory.reflectionNotes(months, reflection) : [];
  return { type: 'reflections', notes: notes.slice(0, 60) };
}
