/**
 * Every commitment under the notes folder, read from the one notes index (notesIndex.ts): each
 * note's task items are parsed once per file version there (NoteFacts.commitments, without the
 * note's text), and named here with the people of the moment (core/commitments/noteItems.ts).
 *
 * Incremental at every step. After the index settles a change, only the notes it names are named
 * again and set into the chains (core/commitments/commitmentChains.ts), which work out again only
 * the chains those notes' items belong to; only the buckets of the tree those chains move between
 * change (commitmentBuckets.ts). A change of people (a profile's name, a folder) names again only
 * the notes using an owner word that now names someone else. Open notes with unsaved changes count
 * as the lead sees them: their editor's text stands in for the file until it is saved or closed.
 * No `vscode`: the surfaces hand in what they see (an open note's unsaved text), so the unit tests run it in plain Node.
 */
import type { Commitment, NoteCommitments, PersonRef, TickedOlderCopy } from '../core/commitments/commitment';
import { CommitmentBuckets, type BucketGroup } from '../core/commitments/commitmentBuckets';
import { CommitmentChains, type ChainChange } from '../core/commitments/commitmentChains';
import { commitmentOrder } from '../core/commitments/commitmentOrder';
import type { GroupOptions } from '../core/commitments/groupCommitments';
import { parseNote, resolveNote, type ParsedNote } from '../core/commitments/noteItems';
import { ownerDirectory, type OwnerMatch } from '../core/commitments/owners';
import { compareNotes, ONE_ON_ONES_FOLDER, parseNoteName } from '../core/notes/noteNames';
import { isSafeSegment } from '../core/notes/slug';
import { PROFILE_FILE } from '../core/people/profile';
import { holdsCommitments, placeOf, type NoteFacts } from './noteFacts';
import type { NotesIndex } from './notesIndex';
import type { NotesChange } from './peopleOverview';

/** What one update changed: the tree's buckets, and the notes whose problems may read differently. */
export interface CommitmentsChange {
  readonly buckets: ReadonlySet<string>;
  readonly paths: ReadonlySet<string>;
}

/** What the index needs of the notes folder (NotesFolder; a fake in the unit tests). */
export interface CommitmentsSource {
  ready(): Promise<NotesIndex<NoteFacts>>;
  onDidChange(listener: (change: NotesChange) => void): { dispose(): void };
}

/** How long the last update took (ms), and the cold build (the bench reads both). */
export interface CommitmentsTimes {
  lastUpdateMs?: number;
  buildMs?: number;
}

export class CommitmentsIndex {
  private readonly chains = new CommitmentChains();
  private readonly buckets = new CommitmentBuckets();
  /** The parse each note was last named from, so an unchanged file version is not named again. */
  private readonly parsed = new Map<string, ParsedNote>();
  /** Open notes with unsaved changes: their editor's text, parsed, stands in for the file. */
  private readonly overlays = new Map<string, ParsedNote>();
  private people = new Map<string, string>();
  private resolve: (word: string) => OwnerMatch = ownerDirectory([]);
  private index: NotesIndex<NoteFacts> | undefined;
  private building: Promise<void> | undefined;
  private built = false;
  private readonly listeners = new Set<(change: CommitmentsChange) => void>();
  private subscription: { dispose(): void } | undefined;
  readonly times: CommitmentsTimes = {};

  /** `names`: the names Add Person stored, by slug (a folder without a profile or note named by its person). */
  constructor(private readonly notes: CommitmentsSource, private readonly names: () => Readonly<Record<string, string>>) {}

  /** Resolves once every note is read and named; the first call reads the notes folder (in the background of the caller). */
  ready(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  /** Whether the first build is done (a surface can show what it has and wait for the change event). */
  get isReady(): boolean {
    return this.built;
  }

  private async build(): Promise<void> {
    this.subscription = this.notes.onDidChange((change) => this.update(change));
    const index = await this.notes.ready();
    const started = performance.now();
    await index.loadAll();
    this.index = index;
    this.built = true;
    this.update({ paths: new Set(), people: new Set(), all: true });
    this.times.buildMs = performance.now() - started;
  }

  /** Calls `listener` after each update that changed something. */
  onDidChange(listener: (change: CommitmentsChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** An open note's unsaved text (`undefined`: back to the file). `path` is relative to the notes folder. */
  setOverlay(path: string, text: string | undefined): void {
    const place = placeOf(path);
    if (text === undefined) {
      if (!this.overlays.delete(path)) return;
    } else {
      if (!holdsCommitments(place.kind)) return;
      this.overlays.set(path, parseNote({ path, kind: place.kind, text, ...(place.kind === 'oneOnOne' ? { person: place.person, date: place.date, n: place.n } : {}), ...(place.kind === 'review' ? { date: place.date } : {}) }));
    }
    if (this.built) this.update({ paths: new Set([path]), people: new Set(), all: false });
  }

  /** Brings the commitments up to date with what the notes index changed (see the module comment). */
  private update(change: NotesChange): void {
    const index = this.index;
    if (!index || !this.built) return;
    const started = performance.now();
    const renamed = this.updatePeople(index, change);
    const paths = change.all ? new Set([...index.all()].map((e) => e.path).concat([...this.parsed.keys()])) : new Set(change.paths);
    for (const path of this.overlays.keys()) if (change.all) paths.add(path);
    const chainChanges: ChainChange[] = [];
    const dirty = new Set<string>();
    const unloaded: string[] = [];
    const setNote = (path: string, note: NoteCommitments | undefined) => {
      const changes = this.chains.setNote(path, note);
      chainChanges.push(...changes);
      dirty.add(path);
      // A ticked older copy's note says so: it reads differently when its chain's findings change.
      for (const c of changes) for (const ticked of c.tickedPaths) dirty.add(ticked);
    };
    for (const path of paths) {
      const entry = index.get(path);
      const parsed = this.overlays.get(path) ?? entry?.value?.commitments;
      if (!parsed) {
        if (entry && entry.mtime === undefined && holdsCommitments(placeOf(path).kind)) unloaded.push(path);
        if (this.parsed.delete(path)) setNote(path, undefined);
        continue;
      }
      if (this.parsed.get(path) === parsed) continue;
      this.parsed.set(path, parsed);
      setNote(path, resolveNote(parsed, this.resolve));
    }
    // People changed: name again the notes whose owner words now name someone else.
    if (renamed.size > 0) {
      for (const [path, parsed] of this.parsed) {
        if (paths.has(path) || ![...parsed.ownerWords].some((w) => renamed.has(w))) continue;
        setNote(path, resolveNote(parsed, this.resolve));
      }
    }
    const buckets = this.buckets.apply(chainChanges);
    this.times.lastUpdateMs = performance.now() - started;
    if (unloaded.length > 0) void index.load(unloaded);
    if (buckets.size === 0 && dirty.size === 0) return;
    for (const listener of [...this.listeners]) listener({ buckets, paths: dirty });
  }

  /**
   * The people owners can name: each safe folder under `one-on-ones/`, named by its profile, else its
   * newest note's `person`, else Add Person's name, else the folder. Only the people a change touched
   * are looked at again. Returns the owner words that now resolve differently.
   */
  private updatePeople(index: NotesIndex<NoteFacts>, change: NotesChange): Set<string> {
    const next = change.all ? new Map<string, string>() : new Map(this.people);
    const slugs = change.all ? index.children(ONE_ON_ONES_FOLDER).folders.filter((f) => !f.link).map((f) => f.name) : [...change.people];
    const stored = this.names();
    for (const slug of slugs) {
      next.delete(slug);
      if (!isSafeSegment(slug)) continue;
      const folder = `${ONE_ON_ONES_FOLDER}/${slug}`;
      const files = index.children(folder).files;
      if (files.length === 0 && !index.children(ONE_ON_ONES_FOLDER).folders.some((f) => f.name === slug && !f.link)) continue;
      next.set(slug, nameOf(index, folder, files.map((f) => f.path), Object.hasOwn(stored, slug) ? stored[slug] : undefined) ?? slug);
    }
    const same = next.size === this.people.size && [...next].every(([slug, name]) => this.people.get(slug) === name);
    if (same) return new Set();
    const before = this.resolve;
    this.people = next;
    this.resolve = ownerDirectory(this.personRefs());
    const words = new Set<string>();
    for (const parsed of this.parsed.values()) for (const w of parsed.ownerWords) words.add(w);
    const renamed = new Set<string>();
    for (const word of words) if (!sameMatch(before(word), this.resolve(word))) renamed.add(word);
    return renamed;
  }

  /** The people owners can name, by slug. */
  personRefs(): PersonRef[] {
    return [...this.people].map(([slug, name]) => ({ slug, name })).sort((a, b) => (a.slug < b.slug ? -1 : 1));
  }

  /** Who an owner word names now. */
  owner(word: string): OwnerMatch {
    return this.resolve(word);
  }

  /** The tree on `today` (see CommitmentBuckets.groups). */
  groups(today: string, options: GroupOptions = {}): BucketGroup[] {
    return this.buckets.groups(today, options);
  }

  /**
   * Open commitments overdue on `today`: how many, and the `limit` most overdue (the status bar's).
   * Reads the tree's groupings, cached per bucket: each bucket's list is in commitmentOrder, its
   * overdue ones first, so only the first `limit` of each are compared, not every commitment.
   */
  overdue(today: string, limit = Number.POSITIVE_INFINITY): { count: number; top: Commitment[] } {
    const order = commitmentOrder(today);
    let count = 0;
    const top: Commitment[] = [];
    const bounded = Number.isFinite(limit);
    for (const group of this.groups(today)) {
      for (const sub of group.subgroups) {
        count += sub.overdue;
        const take = Math.min(sub.overdue, limit);
        for (let i = 0; i < take; i++) {
          const c = sub.commitments[i]!;
          if (!bounded) {
            top.push(c);
            continue;
          }
          // The list is in order: once one is not among the `limit` best, neither is the rest.
          if (top.length === limit && order(c, top[limit - 1]!) >= 0) break;
          let at = top.length;
          while (at > 0 && order(c, top[at - 1]!) < 0) at--;
          top.splice(at, 0, c);
          if (top.length > limit) top.pop();
        }
      }
    }
    return { count, top: bounded ? top : top.sort(order) };
  }

  /** Every commitment owed to, by or shared with `slug` (open and done), for the prep tab and the handover. */
  ofPerson(slug: string): Commitment[] {
    return this.buckets.ofPerson(slug);
  }

  /** The live commitment of a chain. */
  get(key: string): Commitment | undefined {
    return this.chains.get(key);
  }

  /** A note's commitments and problems as last named, with the ticked older copies it holds. */
  problemsAt(path: string): { note?: NoteCommitments; findings: TickedOlderCopy[] } {
    const note = this.chains.note(path);
    if (!note) return { findings: [] };
    const findings = note.items.filter((i) => i.checked).flatMap((i) => this.chains.findings(i.key).filter((f) => f.ticked.path === path && f.ticked.line === i.source.line));
    return { note, findings };
  }

  /** Every note with commitments, by path. */
  paths(): IterableIterator<string> {
    return this.chains.paths();
  }

  dispose(): void {
    this.subscription?.dispose();
    this.listeners.clear();
  }
}

/** A person's name: their profile's, else their newest dated note's `person`, else `stored`. */
function nameOf(index: NotesIndex<NoteFacts>, folder: string, paths: readonly string[], stored: string | undefined): string | undefined {
  const profile = index.get(`${folder}/${PROFILE_FILE}`)?.value?.profile?.profile?.name;
  if (profile) return profile;
  let newest: { path: string; date: string; n: number } | undefined;
  for (const path of paths) {
    const named = parseNoteName(path.slice(folder.length + 1));
    if (named && (!newest || compareNotes(named, newest) > 0)) newest = { path, ...named };
  }
  return (newest && index.get(newest.path)?.value?.fields.person) ?? stored;
}

function sameMatch(a: OwnerMatch, b: OwnerMatch): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'person' && b.kind === 'person') return a.person.slug === b.person.slug && a.person.name === b.person.name;
  if (a.kind === 'ambiguous' && b.kind === 'ambiguous') return a.candidates.join() === b.candidates.join();
  return true;
}

/** A commitment's row in the Commitments view: what its inline actions receive as their argument. */
export interface CommitmentNode {
  readonly kind: 'commitment';
  readonly commitment: Commitment;
}

export function commitmentNode(commitment: Commitment): CommitmentNode {
  return { kind: 'commitment', commitment };
}

/** The commitment a command was handed (a row of the view, or a commitment), checked; undefined for anything else. */
export function commitmentOfArg(arg: unknown): Commitment | undefined {
  const c = (arg as Partial<CommitmentNode> | undefined)?.kind === 'commitment' ? (arg as CommitmentNode).commitment : arg;
  const source = (c as Partial<Commitment> | undefined)?.source;
  return source && typeof source.path === 'string' && Number.isInteger(source.line) && source.line >= 0 ? (c as Commitment) : undefined;
}
