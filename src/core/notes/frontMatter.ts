/**
 * YAML front matter of a note (`person`/`title`, `date`, `kind`). Pure; YAML through the `yaml` package.
 * Front matter exists only when the very first line is `---` (after an optional BOM) and a later
 * line is `---` or `...`; anything else is a note without front matter.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml';
import { frontMatterSpan } from '../markdown/markdownScan';

/** A note split at its front matter. */
export interface SplitNote {
  /** The front matter as a plain object; undefined when there is none or it is not a valid YAML mapping. Empty front matter is `{}`. */
  readonly data?: Record<string, unknown>;
  /** Everything after the closing fence line, line endings untouched; the whole text when there is no front matter. */
  readonly body: string;
  /** 0-based line of the original text where `body` starts (0 without front matter). */
  readonly bodyStartLine: number;
  /** Why the front matter could not be read, for the user; set only when fences exist but the YAML is broken or not a mapping. */
  readonly error?: string;
  /** 0-based line of the original text the error points at, when YAML says where. */
  readonly errorLine?: number;
}


/** Splits `text` into front matter and body; never throws, broken YAML comes back as `error`. */
export function splitFrontMatter(text: string): SplitNote {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = lineSpans(source);
  const span = frontMatterSpan({ count: lines.length, at: (i) => lineText(source, lines[i]!) });
  if (!span?.closed) return { body: text, bodyStartLine: 0 };
  const close = span.end;

  const yamlText = source.slice(lines[1]!.start, lines[close]!.start);
  const body = source.slice(lines[close]!.next);
  const tooMuch = yamlTooHeavy(yamlText);
  if (tooMuch) return { body, bodyStartLine: close + 1, error: tooMuch };
  const doc = parseDocument(yamlText);
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.linePos?.[0].line;
    // YAML counts from 1 inside the block, which starts one line after the opening fence.
    return { body, bodyStartLine: close + 1, error: firstLine(problem.message), ...(at === undefined ? {} : { errorLine: at }) };
  }
  const shape = shapeProblem(doc);
  if (shape) return { body, bodyStartLine: close + 1, error: shape };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: FRONT_MATTER_LIMITS.aliases });
  } catch (e) {
    // toJS throws on alias bombs (`*a` repeated past yaml's limit) rather than reporting them.
    return { body, bodyStartLine: close + 1, error: firstLine(e instanceof Error ? e.message : String(e)) };
  }
  if (value === null || value === undefined) return { data: {}, body, bodyStartLine: close + 1 };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { body, bodyStartLine: close + 1, error: 'Front matter must be a YAML mapping of keys to values.', errorLine: 1 };
  }
  return { data: value as Record<string, unknown>, body, bodyStartLine: close + 1 };
}

/**
 * `data` as YAML front matter between `---` fences, then `body` unchanged. Keys keep their order,
 * undefined values are left out, long strings stay on one line, and strings YAML would misread
 * (`{{date}}`, `a: b`) are quoted. Empty `data` still writes the fences.
 */
export function noteWithFrontMatter(data: Record<string, unknown>, body: string): string {
  const defined = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  const yaml = Object.keys(defined).length === 0 ? '' : stringify(defined, { lineWidth: 0 });
  return `---\n${yaml}---\n${body}`;
}

/**
 * Front matter is a few lines of keys. Beyond these limits the YAML parser or its conversion to an
 * object can take minutes (`{` nested 512 deep: 38 s; 500 nested complex keys, 1 KB: 145 s), so
 * they are refused before conversion: size and bracket depth before parsing, then the parsed
 * document's shape (keys that are not plain values, nesting, node and alias counts) in one walk.
 */
export const FRONT_MATTER_LIMITS = { bytes: 8 * 1024, depth: 16, nodes: 2000, aliases: 20 } as const;

const KEYS_MUST_BE_PLAIN = 'Front matter keys must be plain words (a "?" key, or a list or map used as a key, is not read).';

/** Why a parsed document is refused (see FRONT_MATTER_LIMITS), or undefined. One walk, no recursion. */
function shapeProblem(doc: Document): string | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  let nodes = 0;
  let aliases = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || node === undefined) continue;
    if (++nodes > FRONT_MATTER_LIMITS.nodes) return `Front matter has more than ${FRONT_MATTER_LIMITS.nodes} values.`;
    if (depth > FRONT_MATTER_LIMITS.depth) return `Front matter nests lists or maps more than ${FRONT_MATTER_LIMITS.depth} deep.`;
    if (isAlias(node)) {
      if (++aliases > FRONT_MATTER_LIMITS.aliases) return `Front matter repeats anchors (*name) more than ${FRONT_MATTER_LIMITS.aliases} times.`;
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if (isPair(node)) {
      if (node.key !== null && !isScalar(node.key)) return KEYS_MUST_BE_PLAIN;
      stack.push({ node: node.value, depth });
    } else if (!isScalar(node)) {
      return 'Front matter holds a YAML value Two Hats does not read.';
    }
  }
  return undefined;
}

/** Why `yaml` is not handed to the YAML parser, or undefined when it is fine. Linear scan. */
function yamlTooHeavy(yaml: string): string | undefined {
  if (yaml.length > FRONT_MATTER_LIMITS.bytes) {
    return `Front matter is ${Math.ceil(yaml.length / 1024)} KB; Two Hats reads front matter up to ${FRONT_MATTER_LIMITS.bytes / 1024} KB.`;
  }
  // An explicit key (`? …` at the start of a line, after any indentation and `- `): nested ones
  // make the parser recurse as deep as they go. Front matter never needs one.
  for (let start = 0; start < yaml.length;) {
    const end = yaml.indexOf('\n', start);
    const stop = end < 0 ? yaml.length : end;
    let at = start;
    while (at < stop && (yaml[at] === ' ' || yaml[at] === '\t' || (yaml[at] === '-' && (yaml[at + 1] === ' ' || yaml[at + 1] === '\t')))) at++;
    if (yaml[at] === '?' && (at + 1 >= stop || yaml[at + 1] === ' ' || yaml[at + 1] === '\t' || yaml[at + 1] === '\r')) return KEYS_MUST_BE_PLAIN;
    start = stop + 1;
  }
  // Counted without regard to quotes: a bracket inside a string may count, which only errs on the safe side.
  let depth = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (c === '[' || c === '{') {
      if (++depth > FRONT_MATTER_LIMITS.depth) return `Front matter nests lists or maps more than ${FRONT_MATTER_LIMITS.depth} deep.`;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

interface LineSpan {
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset of the line's end, before its line break. */
  readonly end: number;
  /** Offset where the next line starts. */
  readonly next: number;
}

function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    spans.push({ start, end: i, next });
    start = next;
    i = next - 1;
  }
  spans.push({ start, end: text.length, next: text.length });
  return spans;
}

function lineText(text: string, span: LineSpan): string {
  return text.slice(span.start, span.end);
}

function firstLine(message: string): string {
  return message.split(/\r?\n/, 1)[0]!.trim();
}
