/**
 * The front matter keys a decision reads, each with its line. YAML through notes/frontMatter.ts
 * (within its limits, never throwing). Front matter that is not YAML, or too heavy to parse, is a
 * problem on the line YAML names, and its plain top-level `key: value` lines are still read
 * (markdownScan.ts `frontMatterField`, no YAML; `[a, b]` as a list), so one broken line does not
 * hide the status. Pure and linear.
 */
import { frontMatterField, frontMatterSpan } from '../markdown/markdownScan';
import { splitFrontMatter } from '../notes/frontMatter';
import type { DecisionProblem } from './decision';

/** A front matter value (as YAML gives it, or a string or list of strings without YAML) and its 0-based line. */
export interface FrontMatterEntry {
  readonly value: unknown;
  readonly line: number;
}

/** The front matter of one doc: its keys' values, and why it could not be read as YAML. */
export interface FrontMatterFields {
  /** The value of the first of `keys` present (with a value that is not null), or undefined. */
  get(keys: readonly string[]): FrontMatterEntry | undefined;
  readonly problem?: DecisionProblem;
}

/** The 0-based line of top-level `key:` in front matter ending at `end`, else the first key line. */
function keyLine(lines: readonly string[], end: number, key: string): number {
  for (let i = 1; i < end; i++) {
    const text = lines[i]!;
    if (!text.startsWith(key)) continue;
    let at = key.length;
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (text[at] === ':') return i;
  }
  return 1;
}

/** A plain value read without YAML: `[a, "b"]` becomes a list. */
function plainValue(value: string): unknown {
  if (!(value.startsWith('[') && value.endsWith(']'))) return value;
  return value.slice(1, -1).split(',').map((v) => {
    const t = v.trim();
    return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0] ? t.slice(1, -1) : t;
  }).filter((v) => v !== '');
}

/** The front matter fields of a doc whose lines are `lines` (see the module comment). */
export function frontMatterFields(text: string, lines: readonly string[]): FrontMatterFields {
  const span = frontMatterSpan(lines);
  if (!span?.closed) return { get: () => undefined };
  const split = splitFrontMatter(text);
  if (split.data) {
    const data = split.data;
    return {
      get: (keys) => {
        const key = keys.find((k) => Object.hasOwn(data, k) && data[k] !== null && data[k] !== undefined);
        return key === undefined ? undefined : { value: data[key], line: keyLine(lines, span.end, key) };
      },
    };
  }
  const problem: DecisionProblem = { line: split.errorLine ?? 0, kind: 'frontMatterNotYaml', detail: split.error ?? '' };
  return {
    problem,
    get: (keys) => {
      for (const key of keys) {
        const value = frontMatterField(lines, key);
        if (value !== undefined && value !== '') return { value: plainValue(value), line: keyLine(lines, span.end, key) };
      }
      return undefined;
    },
  };
}
