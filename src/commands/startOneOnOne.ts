/**
 * Two Hats: Start 1:1 Note — renders a 1:1 template into `<notes>/one-on-ones/<person>/YYYY-MM-DD.md`,
 * carrying over the open items of the person's newest earlier note, listing their open goals, and
 * opens it at the first empty agenda slot. The weekly 1:1 is one pick of the person; the button
 * beside a name (or the panel, or a script's `{ kind }`) starts another kind of meeting: a career
 * conversation (the next of its three sessions, from the earlier notes), a skip-level, a new hire's
 * first weeks, a performance conversation or a handover. The kind goes into the note's front matter.
 */
import * as vscode from 'vscode';
import { labelOf } from '../core/content/contentSet';
import { CAREER_SESSIONS, ONE_ON_ONE_KINDS } from '../core/content/taxonomy';
import { isoDate } from '../core/dates';
import { feedbackForNextNote } from '../core/growth/feedbackDelivery';
import { goalsOf, openGoalLines } from '../core/growth/goals';
import { COMMANDS } from '../core/ids';
import { quickPickText } from '../core/markdown/escapeMarkdown';
import { carryOver } from '../core/notes/carryOver';
import { privateWordsOf } from '../core/notes/privacy';
import { ONE_ON_ONES_FOLDER } from '../core/notes/noteNames';
import { prependFrontMatter, renderNote, type LineSlot } from '../core/notes/renderTemplate';
import { careerProgress, choiceOfNote, kindFields, oneOnOneKind, templateFor, type MeetingChoice } from '../core/people/meetingKinds';
import type { Profile } from '../core/people/profile';
import { cadenceText } from '../host/personProfiles';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { createDatedNote, ifExistsArg, noteLabels, type IfExists } from './shared/createDatedNote';
import { reportSkipped, warnNoFolder } from './shared/noteDialogs';
import { sayError, sayWarning } from './shared/notify';
import { personFolder, pickPerson } from './shared/personPicker';

export interface StartOptions {
  readonly ifExists?: IfExists;
  /** The kind of meeting; without it, the weekly 1:1 (or the lead's choice when `chooseKind`). */
  readonly choice?: MeetingChoice;
  /** Ask which kind of meeting, after the person. */
  readonly chooseKind?: boolean;
}

/** The career-conversation progress of a person, from the front matter of their notes in the index. */
async function careerOf(services: Services, slug: string): Promise<ReturnType<typeof careerProgress>> {
  const index = await services.notes.ready();
  const paths = index.children(`${ONE_ON_ONES_FOLDER}/${slug}`).files.map((e) => e.path);
  await index.load(paths);
  return careerProgress(paths.flatMap((path) => {
    const facts = index.get(path)?.value;
    return facts?.kind === 'oneOnOne' && facts.date ? [{ date: facts.date, choice: choiceOfNote(facts.fields) }] : [];
  }));
}

interface KindItem extends vscode.QuickPickItem {
  readonly choice: MeetingChoice;
}

/** Asks which kind of meeting; the career conversation offers its next session. */
async function pickKind(services: Services, slug: string, name: string): Promise<MeetingChoice | undefined> {
  const c = await services.content.get();
  const career = await careerOf(services, slug);
  const items = ONE_ON_ONE_KINDS.filter((kind) => templateFor(c.templates, { kind, session: career.next })).map((kind): KindItem => {
    const label = labelOf(c.taxonomy.kinds, kind);
    const summary = c.taxonomy.kinds?.find((k) => k.id === kind)?.summary;
    if (kind !== 'career') return { label: quickPickText(label), detail: summary && quickPickText(summary), choice: { kind } };
    const held = career.held.map((h) => vscode.l10n.t('session {0} on {1}', h.session, h.date)).join(', ');
    return {
      label: quickPickText(label),
      description: vscode.l10n.t('next: session {0} of {1}', career.next, CAREER_SESSIONS),
      detail: quickPickText(held ? vscode.l10n.t('Held so far: {0}.', held) : summary ?? ''),
      choice: { kind, session: career.next },
    };
  });
  // A career conversation under way comes first: it is the one due.
  if (career.held.length > 0) items.sort((a, b) => Number(b.choice.kind === 'career') - Number(a.choice.kind === 'career'));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Start 1:1 Note with {0}', name),
    placeHolder: vscode.l10n.t('Which kind of meeting?'),
    matchOnDetail: true,
  });
  return picked?.choice;
}

/** The line under a career session's heading: which session this is, and when the earlier ones were. */
function careerLine(choice: MeetingChoice, held: readonly { session: number; date: string }[]): string[] {
  const session = choice.session ?? 1;
  const before = held.filter((h) => h.session < session).map((h) => vscode.l10n.t('session {0} was on {1}', h.session, h.date));
  return [before.length > 0
    ? vscode.l10n.t('Session {0} of {1}; {2}.', session, CAREER_SESSIONS, before.join(', '))
    : vscode.l10n.t('Session {0} of {1}.', session, CAREER_SESSIONS)];
}

/** A handover's profile lines: what the new lead needs of person.md's front matter (never a private section). */
function profileLines(name: string, profile: Profile | undefined): string[] {
  if (!profile) return [vscode.l10n.t('- {0} has no profile (person.md) yet.', name)];
  return [
    vscode.l10n.t('- Name: {0}', profile.name),
    ...(profile.role ? [vscode.l10n.t('- Role: {0}', profile.role)] : []),
    ...(profile.cadence !== undefined ? [vscode.l10n.t('- 1:1 cadence: {0}', cadenceText(profile.cadence))] : []),
    ...(profile.started ? [vscode.l10n.t('- 1:1s since: {0}', profile.started)] : []),
  ];
}

/**
 * A handover's open commitments between the lead and the person, each way, with due dates: never
 * a private one (the new lead reads this note; the old lead keeps those).
 */
async function handoverCommitments(services: Services, slug: string, name: string): Promise<string[]> {
  await services.commitments.ready();
  const open = services.commitments.ofPerson(slug).filter((c) => !c.checked && !c.private);
  // Plain list items, not task items: the handover note must not count them a second time.
  const line = (c: (typeof open)[number]) => (c.due ? vscode.l10n.t('- {0} (due {1})', c.words, c.due) : `- ${c.words}`);
  const mine = open.filter((c) => c.owner.kind === 'me').map(line);
  const theirs = open.filter((c) => c.owner.kind === 'person' && c.owner.slug === slug).map(line);
  if (mine.length === 0 && theirs.length === 0) return [vscode.l10n.t('- Nothing open between you and {0}.', name)];
  return [
    ...(mine.length > 0 ? [vscode.l10n.t('I owe {0}:', name), ...mine] : []),
    ...(theirs.length > 0 ? [vscode.l10n.t('{0} owes:', name), ...theirs] : []),
  ];
}

/** Creates (or opens) today's 1:1 note for a person. Returns its URI. */
export async function startOneOnOne(services: Services, person?: { slug: string; name?: string }, options: StartOptions = {}): Promise<vscode.Uri | undefined> {
  const { notes, content, state, profiles } = services;
  if (!notes.root()) return warnNoFolder();
  const who = person ?? await pickPerson(services, vscode.l10n.t('Start 1:1 Note'), { kindButton: true });
  if (!who) return undefined;
  // What is in their folder now (a person.md written a moment ago included), not the watcher's last word.
  await notes.refresh(notes.personFolder(who.slug));
  const wantsKind = options.chooseKind || ('chooseKind' in who && who.chooseKind === true);
  const choice = options.choice ?? (wantsKind ? await pickKind(services, who.slug, who.name ?? who.slug) : { kind: 'regular' as const });
  if (!choice) return undefined;
  const date = isoDate(new Date());
  return createDatedNote(services, {
    target: { kind: 'one-on-one', person: who.slug }, date, ifExists: options.ifExists,
    async render(plan) {
      const c = await content.get();
      const career = choice.kind === 'career' ? await careerOf(services, who.slug) : undefined;
      const meeting: MeetingChoice = choice.kind === 'career' ? { kind: 'career', session: choice.session ?? career?.next ?? 1 } : choice;
      const template = templateFor(c.templates, meeting) ?? (meeting.kind === 'regular' ? undefined : templateFor(c.templates, { kind: 'regular' }));
      if (!template) {
        void sayError(vscode.l10n.t('No 1:1 note template is loaded.'));
        return undefined;
      }
      // A handover is for another lead: nothing private, nothing carried or moved from person.md.
      const handover = meeting.kind === 'handover';
      // Carry from the newest readable note before this one; newer unreadable ones are skipped with a warning each.
      const { note: source, skipped } = await notes.newestReadable(who.slug, plan.earlier);
      reportSkipped(skipped);
      const carried = source && !handover ? carryOver({ fileName: source.fileName, date: source.date, text: source.text }, undefined, undefined, privateWordsOf(c.taxonomy)) : undefined;
      if (carried?.leftBehind) {
        void sayWarning(vscode.l10n.t('Carried the first {0} open items of {1}; {2} more stay there.', carried.count + carried.privateLines.length, vscode.workspace.asRelativePath(source!.uri), carried.leftBehind));
      }
      const read = await profiles.read(who.slug);
      const profile = read?.profile;
      const names = state.personNames();
      const name = who.name ?? profile?.name ?? (typeof source?.data?.person === 'string' ? source.data.person : (Object.hasOwn(names, who.slug) ? names[who.slug] : undefined) ?? who.slug);
      // The person's open goals; private ones only ever go under the note's Private heading.
      const goals = openGoalLines(read?.text === undefined ? [] : goalsOf(read.text).goals);
      // Talking points move from person.md into the note in the note's own WorkspaceEdit: both or neither.
      const points = handover ? undefined : await profiles.takePoints(who.slug);
      // Feedback still to deliver goes onto My agenda (a private entry under Private); what the note
      // carried from shows delivered (its copy ticked) is ticked in person.md, in the note's own edit.
      const feedback = handover || read?.text === undefined ? undefined
        : feedbackForNextNote(read.text, source ? { text: source.text, date: source.date } : undefined, [...carried?.lines ?? [], ...carried?.privateLines ?? []]);
      const ticks = feedback ? profiles.replaceEdits(who.slug, feedback.ticks) : undefined;
      const slots: Partial<Record<LineSlot, readonly string[]>> = {
        openGoals: goals.lines,
        ...(career ? { careerSession: careerLine(meeting, career.held) } : {}),
        ...(handover ? { profile: profileLines(name, profile), openCommitments: await handoverCommitments(services, who.slug, name) } : {}),
      };
      const vars = {
        person: name, date, carriedOver: carried?.lines ?? [], talkingPoints: [...points?.lines ?? [], ...feedback?.lines ?? []], slots,
        carriedOverPrivate: handover ? [] : [...carried?.privateLines ?? [], ...goals.privateLines, ...feedback?.privateLines ?? []],
      };
      const note = prependFrontMatter(renderNote(template, vars, undefined, { ...noteLabels(c), myAgenda: vscode.l10n.t('My agenda') }),
        { person: name, date, ...kindFields(meeting) });
      const extra = [...(points && points.count > 0 ? [points] : []), ...(ticks ? [ticks] : [])];
      if (extra.length === 0) return note;
      return { ...note, extraEdits: { addTo: (edit) => extra.forEach((e) => e.addTo(edit)), afterApplied: async () => { for (const e of extra) await e.afterApplied(); } } };
    },
  });
}

export function registerStartOneOnOne(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.startOneOnOne, async (arg?: unknown) => {
    // The palette passes nothing; keybindings, the panel and scripts may pass a slug or { person, ifExists, kind, session, chooseKind }.
    const { person, ...options } = startArgs(arg);
    if (!person) return startOneOnOne(services, undefined, options);
    // An existing folder name, or else a person's name: their folder, or a new one never shared with someone else.
    if (await services.notes.hasPerson(person)) return startOneOnOne(services, { slug: person }, options);
    const slug = await personFolder(services, person, { ask: false });
    return slug ? startOneOnOne(services, { slug, name: person }, options) : undefined;
  });
}

/** Reads optional command arguments: a person slug, or `{ person?, ifExists?, kind?, session?, chooseKind? }`. */
export function startArgs(arg: unknown): { person?: string } & StartOptions {
  if (typeof arg === 'string') return { person: arg };
  if (!arg || typeof arg !== 'object') return {};
  const { person, ifExists, kind, session, chooseKind } = arg as Record<string, unknown>;
  const meeting = oneOnOneKind(kind);
  const n = typeof session === 'number' && Number.isInteger(session) && session >= 1 && session <= CAREER_SESSIONS ? session : undefined;
  return {
    person: typeof person === 'string' ? person : undefined, ifExists: ifExistsArg(ifExists),
    ...(meeting ? { choice: { kind: meeting, ...(n ? { session: n } : {}) } } : {}),
    ...(chooseKind === true ? { chooseKind: true } : {}),
  };
}
