/**
 * The prep tab's memory of a person, as the `prepMemory` message: cadence and due date from their
 * profile, the pending talking points, and their commits since the last 1:1 (local git, opt-in).
 */
import * as vscode from 'vscode';
import { dueStatus } from '../core/people/cadence';
import { isoDate } from '../core/dates';
import { MAX_COMMITS, type CommitLine } from '../core/people/sinceLastTime';
import { talkingPoints, type TalkingPoint } from '../core/people/talkingPoints';
import { clampCount } from '../core/panel/panelLogic';
import { capText, LIMITS, type CommitView, type TalkingPointView, type ToWebview } from '../core/panel/protocol';
import { personCommits } from '../host/gitHistory';
import { cadenceText } from '../host/personProfiles';
import type { Services } from '../host/services';

function pointView(p: TalkingPoint): TalkingPointView {
  return { text: capText(p.text), line: p.line, ...(p.link ? { link: p.link.label.slice(0, 1000) } : {}) };
}

function commitView(c: CommitLine): CommitView {
  return { subject: capText(c.subject), date: c.date.slice(0, 40), repository: capText(c.repository), hash: c.hash.slice(0, 64) };
}

export async function prepMemoryMessage(services: Services, person: string): Promise<Extract<ToWebview, { type: 'prepMemory' }>> {
  const today = isoDate(new Date());
  const read = await services.profiles.read(person);
  const profile = read?.profile;
  const last = (await services.notes.noteNames(person)).at(-1)?.date;
  const due = dueStatus(profile?.cadence, last, today, profile?.started);
  const git = await personCommits(services, person, today);
  return {
    type: 'prepMemory', person,
    ...(profile?.cadence === undefined ? {} : { cadence: cadenceText(profile.cadence) }),
    ...(due ? { due: due.due, overdue: clampCount(due.overdue) } : {}),
    points: (read?.text === undefined ? [] : talkingPoints(read.text)).slice(0, LIMITS.openItems).map(pointView),
    git: git.commits
      ? { commits: git.commits.map(commitView), ...(git.more ? { note: vscode.l10n.t('The newest {0} are listed.', MAX_COMMITS) } : {}) }
      : { note: git.note, commits: [] },
  };
}

/** What changes the memory besides the notes folder (the panel refreshes on that already): git repositories and the setting. */
export function onMemoryChange(services: Services, refresh: () => void): vscode.Disposable {
  return services.git.onDidChange(refresh);
}
