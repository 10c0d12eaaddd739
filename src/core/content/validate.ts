/**
 * Checks one content pack against the schema and turns zod's terse issues into messages a
 * content author can act on: the JSON path, what was expected and what was found.
 */
import { packSchema, type Pack } from './schema';

/** One problem in one file; `path` is the JSON path inside the file (`prompts[3].phase`). */
export interface ContentProblem {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface PackResult {
  readonly pack?: Pack;
  readonly problems: readonly ContentProblem[];
}

interface LooseIssue {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  pattern?: string;
  note?: string;
  discriminator?: string;
  options?: unknown[];
  message?: string;
}

/** `["prompts", 3, "phase"]` → `prompts[3].phase`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || '(root)';
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function fieldOf(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : value;
}

function plural(n: number | bigint | undefined, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describe(issue: LooseIssue): string {
  const unit = issue.origin === 'string' ? 'character' : 'item';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (expected ${issue.expected})`
        : `expected ${issue.expected}, found ${shown(issue.input)}`;
    case 'invalid_value':
      if (issue.input === undefined) return `is required: one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, found ${shown(issue.input)}`;
    case 'too_small':
      return `needs at least ${plural(issue.minimum, unit)}`;
    case 'too_big':
      return `allows at most ${plural(issue.maximum, unit)}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? `${shown(issue.input)} does not match ${issue.pattern} (lower-case words joined by - or .)`
        : `invalid ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown field${(issue.keys ?? []).length > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return issue.discriminator
        ? `expected one of ${(issue.options ?? []).map((v) => JSON.stringify(v)).join(', ')}, found ${shown(fieldOf(issue.input, issue.discriminator))}`
        : 'does not match any allowed shape';
    default:
      return issue.message ?? 'is invalid';
  }
}

/** Validates parsed JSON as a content pack. Never throws. */
export function validatePack(data: unknown, file: string): PackResult {
  const result = packSchema.safeParse(data, { reportInput: true });
  if (result.success) return { pack: result.data, problems: [] };
  const problems = (result.error.issues as unknown as LooseIssue[]).map((issue) => {
    // A bad discriminator is reported at the item; point at the field itself.
    const d = issue.code === 'invalid_union' ? issue.discriminator : undefined;
    const path = d && issue.path[issue.path.length - 1] !== d ? [...issue.path, d] : issue.path;
    return { file, path: path as (string | number)[], message: describe(issue) };
  });
  return { problems };
}

/** Parses JSON text and validates it; a syntax error becomes a problem at the root. */
export function parsePack(textContent: string, file: string): PackResult {
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch (error) {
    return { problems: [{ file, path: [], message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return validatePack(data, file);
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${formatPath(problem.path)}: ${problem.message}`;
}
