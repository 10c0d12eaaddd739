/**
 * Two Hats: Hat Balance Report — asks for a period (last 4 weeks, quarter, year) and opens an
 * untitled markdown document with the per-person and per-review tables of why, how and hats.
 * Nothing is written to disk unless the lead saves it.
 */
import * as vscode from 'vscode';
import { labelOf, type ContentSet } from '../core/content/contentSet';
import { COMMANDS } from '../core/ids';
import { hatReportMarkdown, periodStart, REPORT_PERIODS, type ReportLabels, type ReportPeriod, type ReportRow } from '../core/hatBalance/hatReport';
import { isoDate } from '../core/dates';
import { personMeetings, reviewMeetings } from '../host/hatBalance';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { warnNoFolder } from './shared/noteDialogs';

interface PeriodItem extends vscode.QuickPickItem {
  readonly period: ReportPeriod;
}

function periodLabel(period: ReportPeriod): string {
  return period === 'weeks4' ? vscode.l10n.t('Last 4 weeks') : period === 'quarter' ? vscode.l10n.t('Last quarter') : vscode.l10n.t('Last year');
}

function labels(c: ContentSet, period: ReportPeriod, from: string, to: string): ReportLabels {
  return {
    title: vscode.l10n.t('Hat balance: {0}', periodLabel(period).toLowerCase()),
    intro: [
      vscode.l10n.t('Meetings from {0} to {1}. Each prompt a note holds counts once as why or how and once for its hat; a meeting whose note holds no known prompt counts under "no prompts", not as zero of each.', from, to),
    ],
    people: vscode.l10n.t('1:1s'), reviews: vscode.l10n.t('Design reviews'), person: vscode.l10n.t('Person'), review: vscode.l10n.t('Review'),
    meetings: vscode.l10n.t('Meetings'), noPrompts: vscode.l10n.t('No prompts'),
    why: labelOf(c.taxonomy.asks, 'why'), how: labelOf(c.taxonomy.asks, 'how'),
    lead: labelOf(c.taxonomy.hats, 'lead'), manage: labelOf(c.taxonomy.hats, 'manage'), both: labelOf(c.taxonomy.hats, 'both'),
    total: vscode.l10n.t('Total'), none: vscode.l10n.t('No meetings in this period.'),
  };
}

/** The report's markdown for `period` ending today. */
export async function hatReportText(services: Services, period: ReportPeriod, today = isoDate(new Date())): Promise<string> {
  const c = await services.content.get();
  const query = { since: periodStart(today, period), until: today, limit: Infinity };
  const { people } = await services.notes.people(today, services.state.personNames());
  const [byPerson, reviews] = await Promise.all([
    Promise.all(people.map(async (p): Promise<ReportRow> => ({ name: p.name, meetings: await personMeetings(services, c, p.slug, query) }))),
    reviewMeetings(services, c, query),
  ]);
  // The notes of one review (same title) are one row, in the order the review first met.
  const byTitle = new Map<string, { name: string; meetings: typeof reviews }>();
  for (const r of reviews) {
    const name = r.title ?? r.fileName;
    const key = name.toLowerCase();
    const row = byTitle.get(key) ?? byTitle.set(key, { name, meetings: [] }).get(key)!;
    row.meetings.push(r);
  }
  return hatReportMarkdown(byPerson.filter((row) => row.meetings.length > 0), [...byTitle.values()], labels(c, period, query.since, today));
}

async function pickPeriod(): Promise<ReportPeriod | undefined> {
  const items = (Object.keys(REPORT_PERIODS) as ReportPeriod[]).map((period): PeriodItem => ({
    label: periodLabel(period), description: vscode.l10n.t('{0} days', REPORT_PERIODS[period]), period,
  }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Hat Balance Report'), placeHolder: vscode.l10n.t('Which period should the report cover?') }))?.period;
}

/** Opens the report as an untitled markdown document; returns it, or undefined when cancelled. */
export async function hatReport(services: Services, given?: ReportPeriod): Promise<vscode.TextDocument | undefined> {
  if (!services.notes.root()) return warnNoFolder();
  const period = given ?? await pickPeriod();
  if (!period) return undefined;
  const content = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading notes for the Hat Balance Report') },
    () => hatReportText(services, period),
  );
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export function registerHatReport(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.hatReport, (arg?: unknown) => {
    // The palette passes nothing; scripts may pass 'weeks4' | 'quarter' | 'year' (or { period }).
    const raw = arg && typeof arg === 'object' ? (arg as Record<string, unknown>).period : arg;
    const period = typeof raw === 'string' && Object.hasOwn(REPORT_PERIODS, raw) ? raw as ReportPeriod : undefined;
    return hatReport(services, period);
  });
}
