/**
 * Commit counts per month for review evidence, from the commits git gave for a person's
 * identities (core/people/sinceLastTime.ts reads them page by page, newest first, since the
 * period's first day: git's log has no date option). Only the person's own commits count
 * (`byIdentity`), each once (by hash), on the author's local day. Pure and linear.
 */
import { isoDate } from '../dates';
import { byIdentity, type CommitRecord } from '../people/sinceLastTime';
import type { MonthCommits } from './evidenceInput';
import { inPeriod, monthsOf, type Period } from './period';

/** Every month of `period` with how many of the person's commits were authored in it (0 included). */
export function commitMonths(commits: readonly CommitRecord[], identities: readonly string[], period: Period): MonthCommits[] {
  const counts = new Map(monthsOf(period).map((m) => [m, 0]));
  const seen = new Set<string>();
  for (const commit of commits) {
    if (!commit.authorDate || seen.has(commit.hash) || !byIdentity(commit, identities)) continue;
    seen.add(commit.hash);
    const day = isoDate(commit.authorDate);
    if (!inPeriod(day, period)) continue;
    const month = day.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].map(([month, count]) => ({ month, count }));
}
