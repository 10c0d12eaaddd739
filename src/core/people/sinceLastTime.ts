/**
 * "Since our last 1:1": a person's commits since the day of their last 1:1, read from local git
 * history through a `log` function the adapter gives (the built-in Git extension's
 * `Repository.log`). Pure: no git, no clock. Git's log has no date option, so history is read
 * newest first in pages (`skip`, `maxEntries`) and reading stops once a page is older than the date.
 */
import { isoDate } from '../dates';

/** At most this many commits are listed (newest first); the panel says when there were more. */
export const MAX_COMMITS = 20;
/** Commits read per `log` call. */
export const LOG_PAGE = 50;
/** Commits read at most per identity and repository, whatever the dates say. */
export const MAX_SCANNED = 1000;

/** What Two Hats reads of a commit (a subset of the Git extension's `Commit`). */
export interface CommitRecord {
  readonly hash: string;
  readonly message: string;
  readonly authorDate?: Date;
  readonly authorName?: string;
  readonly authorEmail?: string;
}

export interface LogQuery {
  readonly author?: string;
  readonly maxEntries: number;
  readonly skip: number;
}

/** A commit as the panel and the note show it. `date` is the author's local day, `YYYY-MM-DD`. */
export interface CommitLine {
  readonly subject: string;
  readonly date: string;
  readonly repository: string;
  readonly hash: string;
}

/** An identity from a profile: an email (`sam@example.com`, also `Sam <sam@example.com>`) or a name. */
function identityKey(identity: string): { email?: string; name?: string } {
  const open = identity.lastIndexOf('<');
  const close = identity.lastIndexOf('>');
  if (open >= 0 && close > open) return { email: identity.slice(open + 1, close).trim().toLowerCase() };
  const trimmed = identity.trim().toLowerCase();
  return trimmed.includes('@') ? { email: trimmed } : { name: trimmed };
}

/** Whether a commit's author is one of `identities` (emails and names compared whole, ignoring case). */
export function byIdentity(commit: CommitRecord, identities: readonly string[]): boolean {
  const email = commit.authorEmail?.trim().toLowerCase();
  const name = commit.authorName?.trim().toLowerCase();
  return identities.some((identity) => {
    const key = identityKey(identity);
    return key.email !== undefined ? key.email === email : key.name === name;
  });
}

/**
 * `identity` as git's `--author` pattern (a basic regular expression that git matches anywhere in
 * `Name <email>`, case-sensitively): `. * [ ] ^ $ \` escaped and every letter a `[xX]` class, so it
 * narrows the log to the person whatever the case. Commits are still checked whole with `byIdentity`.
 */
export function authorPattern(identity: string): string {
  const key = identityKey(identity);
  let out = '';
  for (const c of key.email ?? identity.trim()) {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if ('.*[]^$\\'.includes(c)) out += `\\${c}`;
    else if (lower !== upper && lower.length === 1 && upper.length === 1) out += `[${lower}${upper}]`;
    else out += c;
  }
  return out;
}

/** Local midnight at the start of `date` (`YYYY-MM-DD`): commits from then on count. */
export function startOfDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(2000, 0, 1);
  t.setFullYear(y, m - 1, d);
  return t;
}

/**
 * The commits of one identity in one repository authored at or after `since`, newest first.
 * Reads pages until one reaches back past `since` (or history ends, or MAX_SCANNED commits).
 */
export async function commitsSince(log: (query: LogQuery) => Promise<readonly CommitRecord[]>, identity: string, since: Date): Promise<CommitRecord[]> {
  const found: CommitRecord[] = [];
  for (let skip = 0; skip < MAX_SCANNED; skip += LOG_PAGE) {
    const page = await log({ author: authorPattern(identity), maxEntries: LOG_PAGE, skip });
    const recent = page.filter((c) => c.authorDate !== undefined && c.authorDate.getTime() >= since.getTime());
    found.push(...recent);
    // Newest first: once a page reaches back past the date, the rest is older too.
    if (recent.length < page.length || page.length < LOG_PAGE) break;
  }
  return found;
}

/**
 * The commits to show: only the person's (checked whole), each once (by hash), newest first,
 * at most `max`. `more` says some were left out.
 */
export function newestCommits(
  found: readonly { readonly repository: string; readonly commit: CommitRecord }[],
  identities: readonly string[],
  max = MAX_COMMITS,
): { commits: CommitLine[]; more: boolean } {
  const seen = new Set<string>();
  const mine = found.filter(({ commit }) => {
    if (!byIdentity(commit, identities) || seen.has(commit.hash)) return false;
    seen.add(commit.hash);
    return true;
  });
  mine.sort((a, b) => (b.commit.authorDate?.getTime() ?? 0) - (a.commit.authorDate?.getTime() ?? 0));
  return {
    commits: mine.slice(0, max).map(({ repository, commit }) => ({
      subject: subjectOf(commit.message),
      date: commit.authorDate ? isoDate(commit.authorDate) : '',
      repository,
      hash: commit.hash.slice(0, 7),
    })),
    more: mine.length > max,
  };
}

/** The first line of a commit message, trimmed and at most 200 characters. */
export function subjectOf(message: string): string {
  const end = message.search(/\r|\n/);
  const line = (end < 0 ? message : message.slice(0, end)).trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The commits as a markdown list under a bold label: `- Add jitter (ingest-service abc1234, 2026-11-18)`. */
export function sinceLastTimeMarkdown(label: string, commits: readonly CommitLine[]): string {
  return [`**${label}**`, '', ...commits.map((c) => `- ${c.subject} (${c.repository} \`${c.hash}\`, ${c.date})`)].join('\n');
}
