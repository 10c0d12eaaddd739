/**
 * The long loop on the host: a person's goals, wins and feedback with what their 1:1 notes say
 * (goals discussed, feedback delivered, commitments), review evidence over a period, and the team
 * view's rows. Profiles come from PersonProfiles (an open editor's text first), notes through the
 * notes index and GrowthNotes (each note read once per file version, so a refresh after one change
 * reads that note only). No dialogs: the commands and the team view ask and show.
 */
import * as vscode from 'vscode';
import { collectCommitments } from '../core/commitments/collectCommitments';
import type { PersonRef } from '../core/commitments/commitment';
import { commitMonths } from '../core/growth/commitMonths';
import { commitmentEvidence, openCommitments, withoutFeedback } from '../core/growth/commitmentEvidence';
import { designDocEvidence, docNames, nameResolver, reviewNames, type NamedFile } from '../core/growth/designDocEvidence';
import type { Evidence } from '../core/growth/evidence';
import type { MonthCommits } from '../core/growth/evidenceInput';
import type { EvidenceLabels } from '../core/growth/evidenceLabels';
import { feedbackOf } from '../core/growth/feedback';
import { goalsOf } from '../core/growth/goals';
import { lastSixMonths, type Period } from '../core/growth/period';
import { personEvidence } from '../core/growth/personEvidence';
import { cadenceState, personGrowth, sharedGoalsNotDiscussed, teamMemberFacts, type NoteGrowth, type PersonGrowth } from '../core/growth/personGrowth';
import { teamRow, teamRows, type TeamMemberFacts, type TeamRow } from '../core/growth/teamRow';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { DESIGN_REVIEWS_FOLDER, ONE_ON_ONES_FOLDER, parseReviewName } from '../core/notes/noteNames';
import { PROFILE_FILE, type Profile } from '../core/people/profile';
import type { ContentService } from './contentService';
import { localizedEvidenceLabels } from './evidenceLabels';
import type { GitHistory } from './gitHistory';
import { GrowthNotes, type NoteRef } from './growthNotes';
import type { NotesReader } from './hatHistory';
import type { NotesFolder } from './notesFolder';
import type { PersonProfiles } from './personProfiles';

/** The default of `twoHats.goals.staleAfterWeeks`. */
export const DEFAULT_STALE_AFTER_WEEKS = 6;

/** `twoHats.goals.staleAfterWeeks`: a whole number of weeks, 0 (off) for anything that is not one. */
export function staleAfterWeeks(): number {
  const value = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>(SETTINGS.goalsStaleAfterWeeks, DEFAULT_STALE_AFTER_WEEKS);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** One person's long loop as read now. */
export interface PersonLoop {
  readonly slug: string;
  readonly name: string;
  readonly profile?: Profile;
  /** person.md's text (an open editor's first); undefined when there is none. */
  readonly profileText?: string;
  readonly growth: PersonGrowth;
  /** What each dated 1:1 note gave, oldest first. */
  readonly notes: readonly NoteGrowth[];
  /** The dated 1:1 notes, oldest first. */
  readonly refs: readonly NoteRef[];
  /** `twoHats.goals.staleAfterWeeks` as the goals' status was computed with (0: off). */
  readonly staleAfterWeeks: number;
}

export class Growth {
  /** The design docs review notes name, by URI, with the time and size they were read at. */
  private readonly docCache = new Map<string, { readonly mtime: number; readonly size: number; readonly file: NamedFile }>();
  readonly notesGrowth: GrowthNotes;

  constructor(
    private readonly notes: NotesFolder,
    private readonly profiles: PersonProfiles,
    private readonly content: ContentService,
    private readonly git: GitHistory,
    reader: NotesReader,
  ) {
    this.notesGrowth = new GrowthNotes(reader);
  }

  /** Every line of every template: the template's own words never count as a discussion. */
  private async templateLines(): Promise<string[]> {
    const { templates } = await this.content.get();
    return templates.flatMap((t) => t.sections.flatMap((s) => [s.heading, ...s.body ?? []]));
  }

  private async people(today: string): Promise<PersonRef[]> {
    const { people } = await this.notes.people(today, {});
    return people.filter((p) => !p.link).map((p) => ({ slug: p.slug, name: p.name }));
  }

  /** One person's goals, wins, feedback and what their notes say, on `today`. */
  async person(slug: string, today: string, people?: readonly PersonRef[]): Promise<PersonLoop> {
    const read = await this.profiles.read(slug);
    const text = read?.text;
    const refs: NoteRef[] = (await this.notes.noteNames(slug)).map((n) => ({ path: `${ONE_ON_ONES_FOLDER}/${slug}/${n.fileName}`, person: slug, date: n.date, n: n.n }));
    const goals = text === undefined ? [] : goalsOf(text).goals;
    const feedback = text === undefined ? [] : feedbackOf(text).feedback;
    const everyone = people ?? await this.people(today);
    const notes = await this.notesGrowth.get(refs, { goals: { goals, templateLines: await this.templateLines() }, feedback, people: everyone });
    const weeks = staleAfterWeeks();
    const growth = personGrowth(text, notes, today, weeks);
    const name = read?.profile?.name ?? everyone.find((p) => p.slug === slug)?.name ?? slug;
    return { slug, name, ...(read?.profile ? { profile: read.profile } : {}), ...(text !== undefined ? { profileText: text } : {}), growth, notes, refs, staleAfterWeeks: weeks };
  }

  /** A notes-relative path as a workspace-relative one. */
  private workspacePath(path: string): string {
    const uri = this.notes.uriOf(path);
    return uri ? vscode.workspace.asRelativePath(uri, false) : path;
  }

  /** The design docs reviewed in the notes folder's review notes, and the review notes, as named files. */
  private async namedFiles(): Promise<{ docs: NamedFile[]; reviews: NamedFile[] }> {
    const index = await this.notes.ready();
    const paths = index.children(DESIGN_REVIEWS_FOLDER).files.map((e) => e.path);
    await index.load(paths);
    const reviews: NamedFile[] = [];
    const docs = new Map<string, NamedFile>();
    const root = this.notes.workspaceFolder();
    for (const path of paths) {
      const entry = index.get(path);
      const facts = entry?.value;
      if (facts?.text === undefined) continue;
      const day = parseReviewName(facts.fileName)?.date ?? (entry?.mtime ? new Date(entry.mtime).toISOString().slice(0, 10) : '');
      reviews.push({ path: this.workspacePath(path), names: reviewNames(path, facts.text), fallbackDate: day });
      const doc = facts.fields.doc;
      if (doc && root && !docs.has(doc)) {
        try {
          const uri = vscode.Uri.joinPath(root, doc);
          // The panel asks on each refresh: a doc is read again only when it changed since.
          const stat = await vscode.workspace.fs.stat(uri);
          const known = this.docCache.get(uri.toString());
          const file = known && known.mtime === stat.mtime && known.size === stat.size ? known.file
            : { path: doc, names: docNames(doc, new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))), fallbackDate: new Date(stat.mtime).toISOString().slice(0, 10) };
          this.docCache.set(uri.toString(), { mtime: stat.mtime, size: stat.size, file });
          docs.set(doc, file);
        } catch {
          // A review note naming a doc that is gone: the review still counts, the doc cannot.
        }
      }
    }
    return { docs: [...docs.values()], reviews };
  }

  /** Commit counts per month of `period`, when commit reading is on and the profile lists identities. */
  private async commits(profile: Profile | undefined, period: Period): Promise<readonly MonthCommits[] | undefined> {
    if (!profile || profile.git.length === 0 || !this.git.enabled()) return undefined;
    const found = await this.git.commitsFrom(profile.git, period.from);
    return 'note' in found ? undefined : commitMonths(found.commits, profile.git, period);
  }

  /**
   * The review evidence of `slug` over `period` (see core/growth/personEvidence.ts), in `labels`'
   * words (the lead's language unless given); nothing is written.
   */
  async evidence(slug: string, period: Period, today: string, includePrivate: boolean, labels: EvidenceLabels = localizedEvidenceLabels()): Promise<Evidence & { readonly loop: PersonLoop }> {
    const people = await this.people(today);
    const loop = await this.person(slug, today, people);
    const commits = await this.commits(loop.profile, period);
    const files = await this.namedFiles();
    const template = (await this.content.get()).templates.find((t) => t.for === 'review-evidence');
    const evidence = personEvidence({
      slug, name: loop.name, growth: loop.growth, notes: loop.notes, people, docs: files.docs, reviews: files.reviews,
      ...(commits ? { commits } : {}),
      profilePath: this.workspacePath(`${ONE_ON_ONES_FOLDER}/${slug}/${PROFILE_FILE}`),
      workspacePath: (p) => this.workspacePath(p),
    }, { period, today, includePrivate }, labels, template);
    return { ...evidence, loop };
  }

  /** A person's team-view facts on `today` from their loop, the named files and the name resolver, read once per team. */
  private memberFacts(loop: PersonLoop, today: string, files: { docs: NamedFile[]; reviews: NamedFile[] }, resolve: ReturnType<typeof nameResolver>): TeamMemberFacts {
    const commitments = withoutFeedback(collectCommitments(loop.notes.flatMap((n) => (n.commitments ? [n.commitments] : [])), today).commitments, loop.growth.feedback);
    const dates = new Map(loop.refs.map((r) => [r.path, r.date]));
    const last = [...loop.refs].reverse().find((r) => r.date <= today)?.date;
    return teamMemberFacts(loop.growth, loop.notes, {
      slug: loop.slug,
      name: loop.name,
      ...(last ? { lastOneOnOne: last } : {}),
      cadence: cadenceState(loop.profile?.cadence, last, today, loop.profile?.started),
      commitments: openCommitments(commitments, loop.slug, today),
      commitmentEvidence: commitmentEvidence(commitments, loop.slug, { dateOf: (p) => dates.get(p), workspacePath: (p) => p }),
      designDocs: designDocEvidence(loop.slug, files.docs, files.reviews, resolve),
    }, today);
  }

  /** Every person's team-view row on `today`, in name order. */
  async team(today: string): Promise<TeamRow[]> {
    const people = await this.people(today);
    const files = await this.namedFiles();
    const resolve = nameResolver(people);
    const members = [];
    for (const person of people) members.push(this.memberFacts(await this.person(person.slug, today, people), today, files, resolve));
    return teamRows(members, today);
  }

  /**
   * One person's team-view row on `today`, counted exactly as `team` counts it (the prep tab's
   * evidence chart shows it), with their shared goals not discussed in its six months. `outlier`
   * is false: judging it takes the whole team. `loop` saves reading the person again.
   */
  async personRow(slug: string, today: string, loop?: PersonLoop): Promise<{ readonly row: TeamRow; readonly notDiscussed: readonly string[] }> {
    const people = await this.people(today);
    const files = await this.namedFiles();
    const read = loop ?? await this.person(slug, today, people);
    const row = teamRow(this.memberFacts(read, today, files, nameResolver(people)), today, new Set());
    return { row, notDiscussed: sharedGoalsNotDiscussed(read.growth, read.notes, lastSixMonths(today)) };
  }
}
