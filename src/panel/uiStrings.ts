/** The panel's chrome strings, localized on the host. Content strings never live here. */
import * as vscode from 'vscode';
import type { UiStrings } from '../core/panel/protocol';

export function uiStrings(): UiStrings {
  return {
    tabPrep: vscode.l10n.t('1:1 prep'), tabDesign: vscode.l10n.t('Design review'), tabHat: vscode.l10n.t('Which hat?'),
    person: vscode.l10n.t('Person'), addPerson: vscode.l10n.t('Add person'), startOneOnOne: vscode.l10n.t('Start 1:1 note'),
    noPeople: vscode.l10n.t('No people yet. Add the people you hold 1:1s with, or start a 1:1 note.'),
    daysAgo: vscode.l10n.t('{0} d ago'), today: vscode.l10n.t('today'), never: vscode.l10n.t('no 1:1 yet'),
    openItems: vscode.l10n.t('Open items from the last 1:1'), noOpenItems: vscode.l10n.t('Nothing open from the last 1:1.'), openNote: vscode.l10n.t('Open the note at this item'),
    questionBank: vscode.l10n.t('Question bank'),
    anyCategory: vscode.l10n.t('Any category'), anyDepth: vscode.l10n.t('Any depth'), anyHat: vscode.l10n.t('Any hat'),
    asked: vscode.l10n.t('asked'), notAsked: vscode.l10n.t('not asked yet'), markAsked: vscode.l10n.t('Mark as asked (toggle)'), insert: vscode.l10n.t('Insert at the cursor'),
    lens: vscode.l10n.t('Lens'), lensBoth: vscode.l10n.t('Both'), balance: vscode.l10n.t('Why/how balance'),
    noActiveDoc: vscode.l10n.t('Open a design doc or review note to see which phases it covers and its why/how balance.'),
    headingsCovered: vscode.l10n.t('{0} of {1} phases have a heading'), why: vscode.l10n.t('why'), how: vscode.l10n.t('how'),
    startDesignReview: vscode.l10n.t('Start review note'), filterSituations: vscode.l10n.t('Filter situations: deadline, incident, reorg…'),
    signals: vscode.l10n.t('Signals'), moves: vscode.l10n.t('Moves'), noSituations: vscode.l10n.t('No situation matches the filter.'),
    shifts: vscode.l10n.t('From manager to leader: seven shifts'), loading: vscode.l10n.t('Loading…'), prompts: vscode.l10n.t('Prompts'),
    sections: vscode.l10n.t('Two Hats sections'), allOpenItems: vscode.l10n.t('Open items across everyone'),
    insertSection: vscode.l10n.t('Add this section with its prompts to the end of the doc'),
    linkNotFollowed: vscode.l10n.t('symbolic link, not followed'), problems: vscode.l10n.t('What Two Hats could not read'),
    hbTitle: vscode.l10n.t('Hat balance'),
    hbPerson: vscode.l10n.t('Last {0} 1:1s with {1}: {2} why, {3} how; {4} leader, {5} manager, {6} both hats'),
    hbReviews: vscode.l10n.t('Last {0} design reviews: {1} why, {2} how; {3} leader, {4} manager, {5} both hats'),
    hbNone: vscode.l10n.t('no prompts'), hbNoneCount: vscode.l10n.t('{0} without prompts'),
    hbTable: vscode.l10n.t('Prompts per meeting'), hbMeeting: vscode.l10n.t('Meeting'), hbAsks: vscode.l10n.t('Why / how'), hbHats: vscode.l10n.t('Hats'),
    hbEmptyPerson: vscode.l10n.t('No 1:1 notes yet: the chart fills in as you hold 1:1s.'),
    hbEmptyReviews: vscode.l10n.t('No design-review notes yet: the chart fills in as you review.'),
    hbNudge: vscode.l10n.t('Your last {0} 1:1s with {1} asked only {2} questions. Two {3} questions not asked recently:'),
    rfTitle: vscode.l10n.t('Your reflections, last three months'), rfSummary: vscode.l10n.t('{0} of {1} shifts reflected on'),
    rfIn: vscode.l10n.t('reflected on in'), rfNot: vscode.l10n.t('not yet'),
    rfStart: vscode.l10n.t('Start reflection'), rfOpen: vscode.l10n.t('Open reflection {0}'),
    rfNone: vscode.l10n.t('No reflection notes in the last three months.'),
    stateMissing: vscode.l10n.t('missing'), stateThin: vscode.l10n.t('thin'), stateCovered: vscode.l10n.t('covered'),
    reviewNote: vscode.l10n.t('Review note: {0}'), inReviewNote: vscode.l10n.t('{0}/{1} why · {2}/{3} how in the review note'),
    nextOneOnOne: vscode.l10n.t('Next 1:1'), noCadence: vscode.l10n.t('No cadence: add cadence: weekly (or biweekly, monthly, a number of days) to their person.md.'),
    dueToday: vscode.l10n.t('due today'), overdueDays: vscode.l10n.t('overdue {0} d'), dueInDays: vscode.l10n.t('in {0} d'),
    talkingPoints: vscode.l10n.t('Talking points'), noTalkingPoints: vscode.l10n.t('Nothing collected yet: select code or text in any editor and run Add to Next 1:1, or type a point below.'),
    newTalkingPoint: vscode.l10n.t('A talking point for the next 1:1'), addTalkingPoint: vscode.l10n.t('Add to next 1:1'), openTalkingPoint: vscode.l10n.t('Open person.md at this point'),
    sinceLastOneOnOne: vscode.l10n.t('Since the last 1:1 (local git)'), insertCommits: vscode.l10n.t('Insert into note'),
  };
}
