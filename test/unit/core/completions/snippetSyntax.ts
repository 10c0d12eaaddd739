/**
 * A strict parser of VS Code snippet syntax for tests: tab stops `$1` `${1}`, placeholders
 * `${1:text}` (nested), choices `${1|a,b|}`, variables `$NAME` `${NAME}` `${NAME:default}`,
 * and the escapes `\$` `\}` `\\`. Stricter than VS Code on purpose: VS Code quietly keeps a
 * stray `$`, `}` or `\` as text, which is exactly how an unescaped prompt text would slip
 * through, so here each of them throws. Transforms are not used by our snippets and throw.
 */

/** What a snippet expands to with every placeholder left at its default. */
export interface ExpandedSnippet {
  /** The inserted text: placeholders show their default, choices their first option, variables their default or name. */
  readonly text: string;
  /** Tab stop numbers used, ascending, `0` included when present. */
  readonly tabstops: readonly number[];
  readonly variables: readonly string[];
}

/** Variables VS Code resolves in snippets; an unknown name would silently become a placeholder. */
const VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER',
  'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE',
  'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID',
  'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

class Parser {
  private i = 0;
  readonly tabstops = new Set<number>();
  readonly variables: string[] = [];

  constructor(private readonly src: string) {}

  fail(message: string): never {
    throw new SyntaxError(`${message} at ${this.i} in ${JSON.stringify(this.src)}`);
  }

  /** Parses until the end, or until an unescaped `}` when inside a placeholder (left unconsumed). */
  any(nested: boolean): string {
    let out = '';
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === '\\') out += this.escape('$}\\');
      else if (c === '$') out += this.dollar();
      else if (c === '}') {
        if (nested) return out;
        this.fail('unescaped }');
      } else {
        out += c;
        this.i++;
      }
    }
    if (nested) this.fail('unclosed ${');
    return out;
  }

  private escape(escapable: string): string {
    const next = this.src[this.i + 1];
    if (next === undefined || !escapable.includes(next)) this.fail('backslash that escapes nothing');
    this.i += 2;
    return next;
  }

  private read(re: RegExp): string | undefined {
    re.lastIndex = this.i;
    const m = re.exec(this.src);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  private expect(s: string): void {
    if (!this.src.startsWith(s, this.i)) this.fail(`expected ${s}`);
    this.i += s.length;
  }

  private dollar(): string {
    this.i++;
    if (this.src[this.i] !== '{') {
      const n = this.read(/\d+/y);
      if (n !== undefined) return this.stop(n);
      const name = this.read(/[_a-zA-Z][_a-zA-Z0-9]*/y);
      if (name !== undefined) return this.variable(name, undefined);
      return this.fail('unescaped $');
    }
    this.i++;
    const n = this.read(/\d+/y);
    const name = n === undefined ? this.read(/[_a-zA-Z][_a-zA-Z0-9]*/y) : undefined;
    if (n === undefined && name === undefined) this.fail('${ without a number or name');
    const c = this.src[this.i];
    if (c === '/') this.fail('transforms are not supported');
    let inner: string | undefined;
    if (c === ':') {
      this.i++;
      inner = this.any(true);
    } else if (c === '|' && n !== undefined) {
      this.i++;
      inner = this.choice();
    }
    this.expect('}');
    return n !== undefined ? this.stop(n, inner) : this.variable(name!, inner);
  }

  private choice(): string {
    const options: string[] = [''];
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined) this.fail('unclosed choice');
      if (c === '\\') options[options.length - 1] += this.escape('$}\\,|');
      else if (c === ',') {
        options.push('');
        this.i++;
      } else if (c === '|') {
        this.i++;
        return options[0]!;
      } else {
        options[options.length - 1] += c;
        this.i++;
      }
    }
  }

  private stop(n: string, inner = ''): string {
    this.tabstops.add(Number(n));
    return inner;
  }

  private variable(name: string, fallback: string | undefined): string {
    if (!VARIABLES.has(name)) this.fail(`unknown variable ${name}`);
    this.variables.push(name);
    return fallback ?? name;
  }
}

/** Parses a snippet body (lines joined with `\n`, as VS Code does); throws on any invalid or doubtful syntax. */
export function parseSnippet(body: string | readonly string[]): ExpandedSnippet {
  const parser = new Parser(typeof body === 'string' ? body : body.join('\n'));
  const text = parser.any(false);
  return { text, tabstops: [...parser.tabstops].sort((a, b) => a - b), variables: parser.variables };
}
