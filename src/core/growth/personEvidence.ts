/**
 * One person's review evidence from what the host read: their growth (person.md with what their
 * notes say), what each of their 1:1 notes gave, everyone an `@owner` may name, the design docs
 * and review notes, and commit counts. The commitments between the lead and them are collected
 * across their notes (each counted once through carry-over, feedback copies left out), the design
 * docs matched to them, and the document assembled (core/growth/evidence.ts). Pure: Assemble
 * Review Evidence (host/growth.ts) and the bench (test/bench/evidence.mjs) both run it.
 */
import type { PersonRef } from '../commitments/commitment';
import { collectCommitments } from '../commitments/collectCommitments';
import type { Template } from '../content/schema';
import { commitmentEvidence, withoutFeedback } from './commitmentEvidence';
import { designDocEvidence, nameResolver, type NamedFile } from './designDocEvidence';
import { assembleEvidence, type Evidence } from './evidence';
import type { MonthCommits } from './evidenceInput';
import type { EvidenceLabels } from './evidenceLabels';
import type { Period } from './period';
import { evidenceInput, type NoteGrowth, type PersonGrowth } from './personGrowth';

/** What the host read for one person's evidence. */
export interface PersonEvidenceSources {
  readonly slug: string;
  /** Their name, as the document's title shows it. */
  readonly name: string;
  readonly growth: PersonGrowth;
  /** What each dated 1:1 note of theirs gave (commitments included), oldest first. */
  readonly notes: readonly NoteGrowth[];
  /** Everyone an `@owner` or a doc's author line may name. */
  readonly people: readonly PersonRef[];
  /** The design docs the review notes name, and the review notes. */
  readonly docs: readonly NamedFile[];
  readonly reviews: readonly NamedFile[];
  /** Commit counts per month; absent when commit reading is off. */
  readonly commits?: readonly MonthCommits[];
  /** Their person.md, workspace-relative. */
  readonly profilePath: string;
  /** A notes-relative path as a workspace-relative one. */
  readonly workspacePath: (path: string) => string;
}

/** What the lead asked for: the period, whether private parts go in, and today (open commitments are judged on it). */
export interface EvidenceRequest {
  readonly period: Period;
  readonly today: string;
  readonly includePrivate: boolean;
}

/** The evidence document of one person (see the module comment); `template` is the review-evidence template in use. */
export function personEvidence(sources: PersonEvidenceSources, request: EvidenceRequest, labels: EvidenceLabels, template?: Template): Evidence {
  const { slug, notes } = sources;
  const dates = new Map(notes.map((n) => [n.path, n.date]));
  const collected = collectCommitments(notes.flatMap((n) => (n.commitments ? [n.commitments] : [])), request.today).commitments;
  const commitments = withoutFeedback(collected, sources.growth.feedback);
  const input = evidenceInput(sources.growth, notes, {
    person: sources.name,
    period: request.period,
    profilePath: sources.profilePath,
    workspacePath: sources.workspacePath,
    commitments: commitmentEvidence(commitments, slug, { dateOf: (p) => dates.get(p), workspacePath: sources.workspacePath }),
    designDocs: designDocEvidence(slug, sources.docs, sources.reviews, nameResolver(sources.people)),
    ...(sources.commits ? { commits: sources.commits } : {}),
    includePrivate: request.includePrivate,
  });
  return assembleEvidence(input, labels, template);
}
