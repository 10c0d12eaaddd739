/**
 * The Hat Balance Report as markdown: per person and per design review, how many meetings, how
 * many of them held no prompt, and the prompts' why/how and hat counts. Pure; every word the
 * report writes comes in `labels` (localized by the caller, hat names from the taxonomy).
 */
import { totalCounts, type HatCounts, type NoteMix } from './hatMix';
import { isoDate } from '../dates';

/** A report period, as days up to and including today: the last 4 weeks, quarter (13 weeks) or year. */
export const REPORT_PERIODS = { weeks4: 28, quarter: 91, year: 365 } as const;
export type ReportPeriod = keyof typeof REPORT_PERIODS;

/** The first day of `period` ending `today`, `YYYY-MM-DD`. */
export function periodStart(today: string, period: ReportPeriod): string {
  const d = new Date(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  d.setDate(d.getDate() - (REPORT_PERIODS[period] - 1));
  return isoDate(d);
}

/** The meetings of one row: a person's 1:1s, or the notes of one design review. */
export interface ReportRow {
  readonly name: string;
  readonly meetings: readonly Pick<NoteMix, 'prompts'>[];
}

/** One row's figures. */
export interface RowFigures extends HatCounts {
  readonly meetings: number;
  readonly noPrompts: number;
}

export interface ReportLabels {
  readonly title: string;
  /** Under the title: the period and how to read the counts. */
  readonly intro: readonly string[];
  readonly people: string;
  readonly reviews: string;
  readonly person: string;
  readonly review: string;
  readonly meetings: string;
  readonly noPrompts: string;
  readonly why: string;
  readonly how: string;
  readonly lead: string;
  readonly manage: string;
  readonly both: string;
  readonly total: string;
  /** Said instead of a table that would have no row. */
  readonly none: string;
}

export function rowFigures(row: ReportRow): RowFigures {
  return {
    meetings: row.meetings.length,
    noPrompts: row.meetings.filter((m) => m.prompts === 'none').length,
    ...totalCounts(row.meetings),
  };
}

/**
 * `text` safe inside one markdown table cell: on one line, with `|`, `\` and the characters that
 * start emphasis, code, links, HTML or headings backslash-escaped. Linear: one pass, no regex on
 * user text.
 */
export function escapeCell(text: string): string {
  let out = '';
  let blank = false;
  for (const ch of text) {
    if (ch === '\n' || ch === '\r' || ch === '\t' || ch === ' ') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += '\\`*_[]<>#|~'.includes(ch) ? `\\${ch}` : ch;
  }
  return out;
}

const COLUMNS = ['meetings', 'noPrompts', 'why', 'how', 'lead', 'manage', 'both'] as const;

/** One table: a header, a row per entry (in the order given) and a total row; `none` when there are no rows. */
export function reportTable(nameHeader: string, rows: readonly ReportRow[], labels: ReportLabels): string[] {
  if (rows.length === 0) return [`_${escapeCell(labels.none)}_`];
  const header = [nameHeader, ...COLUMNS.map((c) => labels[c])].map(escapeCell);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const figures = rows.map(rowFigures);
  const total = COLUMNS.map((c) => figures.reduce((n, f) => n + f[c], 0));
  return [
    line(header),
    line(['---', ...COLUMNS.map(() => '---:')]),
    ...rows.map((row, i) => line([escapeCell(row.name), ...COLUMNS.map((c) => String(figures[i]![c]))])),
    line([`**${escapeCell(labels.total)}**`, ...total.map((n) => `**${n}**`)]),
  ];
}

/** The whole report: title, intro lines, then the 1:1 table and the design-review table. */
export function hatReportMarkdown(people: readonly ReportRow[], reviews: readonly ReportRow[], labels: ReportLabels): string {
  const lines = [
    `# ${escapeCell(labels.title)}`, '',
    ...labels.intro.flatMap((l) => [l, '']),
    `## ${escapeCell(labels.people)}`, '', ...reportTable(labels.person, people, labels), '',
    `## ${escapeCell(labels.reviews)}`, '', ...reportTable(labels.review, reviews, labels),
  ];
  return `${lines.join('\n')}\n`;
}
