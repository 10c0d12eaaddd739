/**
 * A person's profile: `<notes>/one-on-ones/<slug>/person.md`, written by Add Person and edited by
 * hand. Pure. YAML front matter holds `name`, optional `role`, `cadence` (weekly, biweekly,
 * monthly or a number of days), `git` (author emails or names) and `started` (YYYY-MM-DD); the
 * body is the lead's own markdown, with a `## Next 1:1` section of talking points (talkingPoints.ts).
 *
 *   ---
 *   name: Sam Okafor
 *   role: Staff engineer
 *   cadence: weekly
 *   git: [sam@example.com]
 *   started: 2025-04-01
 *   ---
 */
import { frontMatterSpan, splitLines } from '../markdown/markdownScan';
import { parseCadence, type Cadence } from './cadence';
import { noteWithFrontMatter, splitFrontMatter } from '../notes/frontMatter';
import { isIsoDate } from '../dates';

/** The profile's file name in a person's folder; never a dated note (parseNoteName refuses it). */
export const PROFILE_FILE = 'person.md';

/** The heading of the section that holds talking points for the next 1:1. */
export const NEXT_ONE_ON_ONE_HEADING = 'Next 1:1';

/** At most this many git identities are read from a profile. */
export const MAX_GIT_IDENTITIES = 20;

export interface Profile {
  /** The person's name, trimmed, never empty. */
  readonly name: string;
  readonly role?: string;
  readonly cadence?: Cadence;
  /** Author emails or names their commits carry; empty when none are given. */
  readonly git: readonly string[];
  /** `YYYY-MM-DD`: when 1:1s with them started. */
  readonly started?: string;
}

/** What is wrong with a profile, for the adapter to put into words. */
export type ProfileProblemCode = 'yaml' | 'name' | 'role' | 'cadence' | 'git' | 'started';

export interface ProfileProblem {
  readonly code: ProfileProblemCode;
  /** 0-based line in the whole file: the key's line, or where YAML saw the error. */
  readonly line: number;
  /** YAML's own words for `yaml`; the value as written for the others. */
  readonly detail?: string;
}

/**
 * A parsed profile. `profile` is undefined when the file has no front matter or any problem:
 * a malformed profile is reported and otherwise ignored (the person keeps working without it).
 */
export interface ParsedProfile {
  readonly profile?: Profile;
  readonly problems: readonly ProfileProblem[];
}

/** Reads a profile's front matter; every problem comes with its line. */
export function parseProfile(text: string): ParsedProfile {
  const split = splitFrontMatter(text);
  if (split.error !== undefined) return { problems: [{ code: 'yaml', line: split.errorLine ?? 0, detail: split.error }] };
  if (split.data === undefined) return { problems: [] };
  const data = split.data;
  const lineOf = keyLines(text);
  const problems: ProfileProblem[] = [];
  const problem = (code: ProfileProblemCode, key: string) => problems.push({ code, line: lineOf.get(key) ?? 0, detail: shown(data[key]) });

  const name = typeof data.name === 'string' ? data.name.replace(/\s+/g, ' ').trim() : '';
  if (name === '' || name.length > 200) problem('name', 'name');
  const role = data.role;
  if (role !== undefined && role !== null && typeof role !== 'string') problem('role', 'role');
  const cadence = data.cadence === undefined || data.cadence === null ? undefined : parseCadence(data.cadence);
  if (data.cadence !== undefined && data.cadence !== null && cadence === undefined) problem('cadence', 'cadence');
  const git = gitIdentities(data.git);
  if (git === undefined) problem('git', 'git');
  const started = data.started;
  if (started !== undefined && started !== null && !(typeof started === 'string' && isIsoDate(started))) problem('started', 'started');
  if (problems.length > 0) return { problems };

  return {
    profile: {
      name,
      ...(typeof role === 'string' && role.trim() !== '' ? { role: role.trim() } : {}),
      ...(cadence === undefined ? {} : { cadence }),
      git: git ?? [],
      ...(typeof started === 'string' ? { started } : {}),
    },
    problems,
  };
}

/** `git:` as a list of identities (a single string is a list of one); undefined when it is something else. */
function gitIdentities(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length > MAX_GIT_IDENTITIES) return undefined;
  const out: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string' || item.trim() === '' || item.length > 200) return undefined;
    out.push(item.trim());
  }
  return out;
}

/** A value as the user wrote it, short, for a problem message. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The line of each top-level `key:` in closed front matter (first one wins), by hand. */
function keyLines(text: string): Map<string, number> {
  const lines = splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const span = frontMatterSpan(lines);
  const out = new Map<string, number>();
  if (!span?.closed) return out;
  for (let i = 1; i < span.end; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon <= 0 || line[0] === ' ' || line[0] === '\t' || line[0] === '#' || line[0] === '-') continue;
    const key = line.slice(0, colon).trim();
    if (!out.has(key)) out.set(key, i);
  }
  return out;
}

/** A new profile's text: front matter with the name (and cadence), a title, and a `## Next 1:1` section with `points` (none: empty). */
export function newProfileText(name: string, cadence?: Cadence, points: readonly string[] = []): string {
  const title = name.replace(/\s+/g, ' ').trim();
  const items = points.map((p) => `- [ ] ${p}\n`).join('');
  return noteWithFrontMatter({ name: title, cadence }, `# ${title}\n\n## ${NEXT_ONE_ON_ONE_HEADING}\n\n${items}`);
}
