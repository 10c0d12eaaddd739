/**
 * The words of the review-evidence document in the lead's language: every one goes through
 * `vscode.l10n.t` with a literal message (so `@vscode/l10n-dev` exports it to the bundle), and the
 * markdown around them (italics, code) stays outside the messages, out of the translators' way.
 * Core keeps the English (`DEFAULT_EVIDENCE_LABELS`); a unit test reads this file and fails on any
 * readable literal that is not such a message.
 */
import * as vscode from 'vscode';
import type { EvidenceLabels } from '../core/growth/evidenceLabels';

const italic = (text: string) => `_${text}_`;

export function localizedEvidenceLabels(): EvidenceLabels {
  return {
    title: (person, period) => vscode.l10n.t('Review evidence: {0}, {1}', person, period),
    intro: (person, period) => italic(vscode.l10n.t('Built from your notes on {0} for {1}; nothing is saved until you save this document.', person, period)),
    period: (from, to) => vscode.l10n.t('{0} to {1}', from, to),
    privateLeftOut: (n) => italic(n === 1 ? vscode.l10n.t('1 item from private sections left out.') : vscode.l10n.t('{0} items from private sections left out.', n)),
    privateIncluded: italic(vscode.l10n.t('Private sections included: keep this document to yourself.')),
    nothingPrivate: italic(vscode.l10n.t('Nothing in this period comes from a private section.')),
    headings: {
      fairness: vscode.l10n.t('Read it fairly'),
      goals: vscode.l10n.t('Goals'),
      wins: vscode.l10n.t('Wins'),
      feedback: vscode.l10n.t('Feedback given'),
      commitments: vscode.l10n.t('Commitments'),
      designDocs: vscode.l10n.t('Design docs and reviews'),
      commits: vscode.l10n.t('Commits'),
    },
    empty: {
      fairness: italic(vscode.l10n.t('No evidence in this period yet.')),
      goals: italic(vscode.l10n.t('No goals open or reached in this period.')),
      wins: italic(vscode.l10n.t('No wins logged in this period.')),
      feedback: italic(vscode.l10n.t('No feedback logged in this period.')),
      commitments: italic(vscode.l10n.t('No commitments between you in this period.')),
      designDocs: italic(vscode.l10n.t('No design docs or reviews in this period.')),
      commits: italic(vscode.l10n.t('No commits in this period.')),
    },
    fairness: {
      month: vscode.l10n.t('Month'),
      total: vscode.l10n.t('Total'),
      kinds: {
        goal: vscode.l10n.t('Goals discussed'),
        win: vscode.l10n.t('Wins'),
        feedback: vscode.l10n.t('Feedback'),
        commitment: vscode.l10n.t('Commitments'),
        designDoc: vscode.l10n.t('Design docs'),
      },
      emptyMonths: (months) => vscode.l10n.t('Months with no evidence: {0}.', months.join(', ')),
      recency: (percent) => vscode.l10n.t('{0}% of the evidence is from the last six weeks: look again at the months before.', percent),
      neverDiscussed: (goals) => vscode.l10n.t('Goals not discussed in this period: {0}.', goals.join('; ')),
      balanced: vscode.l10n.t('Evidence is spread over the period, and every goal was discussed.'),
    },
    goals: {
      open: vscode.l10n.t('Open'),
      reached: vscode.l10n.t('Reached'),
      set: (date) => vscode.l10n.t('set {0}', date),
      due: (date) => vscode.l10n.t('due {0}', date),
      reachedOn: (date) => vscode.l10n.t('reached {0}', date),
      discussed: (n) => (n === 0 ? vscode.l10n.t('not discussed in this period') : n === 1 ? vscode.l10n.t('discussed in 1 1:1') : vscode.l10n.t('discussed in {0} 1:1s', n)),
      lastDiscussed: (link) => vscode.l10n.t('last {0}', link),
    },
    feedback: {
      kinds: { praise: vscode.l10n.t('Praise'), change: vscode.l10n.t('Change') },
      delivered: (date) => (date ? vscode.l10n.t('delivered {0}', date) : vscode.l10n.t('delivered')),
      toDeliver: vscode.l10n.t('to deliver'),
    },
    commitments: {
      groups: { me: vscode.l10n.t('Yours to them'), them: vscode.l10n.t('Theirs'), shared: vscode.l10n.t('Shared') },
      states: {
        onTime: vscode.l10n.t('kept on time'), late: vscode.l10n.t('kept late'), done: vscode.l10n.t('done'),
        open: vscode.l10n.t('open'), overdue: vscode.l10n.t('overdue'),
      },
      counts: (c) => vscode.l10n.t('{0} kept on time, {1} late, {2} done, {3} open, {4} overdue', c.onTime, c.late, c.done, c.open, c.overdue),
      due: (date) => vscode.l10n.t('due {0}', date),
      done: (date) => vscode.l10n.t('done {0}', date),
    },
    designDocs: { roles: { author: vscode.l10n.t('Wrote'), reviewer: vscode.l10n.t('Reviewed') } },
    commits: {
      notGiven: italic(vscode.l10n.t('Commit counts are off (setting {0}).', '`twoHats.git.sinceLastOneOnOne`')),
      month: (month, count) => (count === 1 ? vscode.l10n.t('{0}: 1 commit', month) : vscode.l10n.t('{0}: {1} commits', month, count)),
    },
  };
}
