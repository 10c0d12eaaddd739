/** The panel's chrome strings, localized on the host. Content strings never live here. */
import * as vscode from 'vscode';
import type { UiStrings } from '../core/panel/protocol';

export function uiStrings(): UiStrings {
  const t = vscode.l10n.t;
  return {
    tabPrep: t('1:1 prep'), tabDesign: t('Design review'), tabHat: t('Which hat?'),
    person: t('Person'), addPerson: t('Add person'), startOneOnOne: t('Start 1:1 note'),
    noPeople: t('No people yet. Add the people you hold 1:1s with, or start a 1:1 note.'),
    daysAgo: t('{0} d ago'), today: t('today'), never: t('no 1:1 yet'),
    openItems: t('Open items from the last 1:1'), noOpenItems: t('Nothing open from the last 1:1.'), openNote: t('Open the note at this item'),
    questionBank: t('Question bank'),
    anyCategory: t('Any category'), anyDepth: t('Any depth'), anyHat: t('Any hat'),
    asked: t('asked'), notAsked: t('not asked yet'), markAsked: t('Mark as asked (toggle)'), insert: t('Insert at the cursor'),
    lens: t('Lens'), lensBoth: t('Both'), balance: t('Why/how balance'),
    noActiveDoc: t('Open a design doc or review note to see which phases it covers and its why/how balance.'),
    headingsCovered: t('{0} of {1} phases have a heading'), why: t('why'), how: t('how'),
    startDesignReview: t('Start review note'), filterSituations: t('Filter situations: deadline, incident, reorg…'),
    signals: t('Signals'), moves: t('Moves'), noSituations: t('No situation matches the filter.'),
    shifts: t('From manager to leader: seven shifts'), loading: t('Loading…'), prompts: t('Prompts'),
    sections: t('Two Hats sections'), allOpenItems: t('Open items across everyone'),
    insertSection: t('Add this section with its prompts to the end of the doc'),
    linkNotFollowed: t('symbolic link, not followed'), problems: t('What Two Hats could not read'),
    hbTitle: t('Hat balance'),
    hbPerson: t('Last {0} 1:1s with {1}: {2} why, {3} how; {4} leader, {5} manager, {6} both hats'),
    hbReviews: t('Last {0} design reviews: {1} why, {2} how; {3} leader, {4} manager, {5} both hats'),
    hbNone: t('no prompts'), hbNoneCount: t('{0} without prompts'),
    hbTable: t('Prompts per meeting'), hbMeeting: t('Meeting'), hbAsks: t('Why / how'), hbHats: t('Hats'),
    hbEmptyPerson: t('No 1:1 notes yet: the chart fills in as you hold 1:1s.'),
    hbEmptyReviews: t('No design-review notes yet: the chart fills in as you review.'),
    hbNudge: t('Your last {0} 1:1s with {1} asked only {2} questions. Two {3} questions not asked recently:'),
    rfTitle: t('Your reflections, last three months'), rfSummary: t('{0} of {1} shifts reflected on'),
    rfIn: t('reflected on in'), rfNot: t('not yet'),
    rfStart: t('Start reflection'), rfOpen: t('Open reflection {0}'),
    rfNone: t('No reflection notes in the last three months.'),
    stateMissing: t('missing'), stateThin: t('thin'), stateCovered: t('covered'),
    reviewNote: t('Review note: {0}'), inReviewNote: t('{0}/{1} why · {2}/{3} how in the review note'),
    nextOneOnOne: t('Next 1:1'), noCadence: t('No cadence: add cadence: weekly (or biweekly, monthly, a number of days) to their person.md.'),
    dueToday: t('due today'), overdueDays: t('overdue {0} d'), dueInDays: t('in {0} d'),
    talkingPoints: t('Talking points'), noTalkingPoints: t('Nothing collected yet: select code or text in any editor and run Add to Next 1:1, or type a point below.'),
    newTalkingPoint: t('A talking point for the next 1:1'), addTalkingPoint: t('Add to next 1:1'), openTalkingPoint: t('Open person.md at this point'),
    sinceLastOneOnOne: t('Since the last 1:1 (local git)'), insertCommits: t('Insert into note'),
  };
}
