/**
 * A decision: a design doc, RFC or ADR read for its life after review (where it stands, when it
 * was made, who decides and reviews it, when to look at it again, what replaced it). These are
 * the domain types every module of this folder shares; readDecision.ts builds them.
 */
import type { DecisionStatus } from '../content/taxonomy';

/** What a doc is, by its file name, title or folder: an ADR, an RFC, or neither. */
export type DocKind = 'adr' | 'rfc' | 'none';

/**
 * Where a decision stands. A known status carries the status text as written (cut at
 * STATUS_TEXT_MAX characters); a team's own word is `custom`, shown as written; `unknown` means
 * the doc says nothing readable. Never an error.
 */
export type Status =
  | { readonly kind: DecisionStatus; readonly text: string }
  | { readonly kind: 'custom'; readonly text: string }
  | { readonly kind: 'unknown' };

/** A status's kind: the five decision statuses, `custom` or `unknown`. */
export type StatusKind = Status['kind'];

/** Where the status was read: front matter `status:`, a `## Status` section, a `Status:` line near the top, or nowhere. */
export type StatusSource = 'frontMatter' | 'section' | 'line' | 'none';

/** Status and reference texts longer than this are cut (with `…`): a status is a few words. */
export const STATUS_TEXT_MAX = 120;

/**
 * A link from one decision to another as the doc writes it (`[ADR-0009](0009-x.md)`, `ADR-9`,
 * `0009-x.md`, `#9`). At least `text` is set; `target` (a link, as written, without `#fragment`)
 * resolves against the doc's folder first, then `kind` and `number`. A reference with neither is
 * kept as written and resolves to nothing.
 */
export interface Reference {
  readonly text: string;
  readonly target?: string;
  /** Absent for a bare number (`#9`): the referring doc's kind is meant. */
  readonly kind?: 'adr' | 'rfc';
  readonly number?: number;
}

/**
 * Something in a doc that could not be read as meant, with its 0-based line: front matter that is
 * not YAML (its plain `key: value` lines are still read), or a date that does not exist.
 */
export type DecisionProblem =
  | { readonly line: number; readonly kind: 'frontMatterNotYaml'; readonly detail: string }
  | { readonly line: number; readonly kind: 'impossibleDate'; readonly key: string; readonly value: string };

/**
 * A design doc read as a decision. `path` is workspace-relative and `/`-separated; dates are
 * `YYYY-MM-DD` days that exist; names are trimmed, non-empty, without duplicates (ignoring case),
 * in the doc's order; `statusLine` is set exactly when `statusSource` is not `none`.
 */
export interface Decision {
  readonly path: string;
  /** The doc's only `#` heading, else front matter `title`, else the file name without `.md`. */
  readonly title: string;
  readonly kind: DocKind;
  /** From the file name (`0007-x.md`, `adr-7.md`), else the title (`ADR-0007: …`, `# 7. …`). */
  readonly number?: number;
  readonly status: Status;
  readonly statusSource: StatusSource;
  /** 0-based line the status was read from. */
  readonly statusLine?: number;
  readonly date?: string;
  readonly deciders: readonly string[];
  readonly reviewers: readonly string[];
  readonly revisit?: string;
  readonly supersededBy?: Reference;
  readonly supersedes: readonly Reference[];
  readonly problems: readonly DecisionProblem[];
}

/** `text` cut to `max` characters, `…` marking the cut. */
export function cutText(text: string, max = STATUS_TEXT_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
