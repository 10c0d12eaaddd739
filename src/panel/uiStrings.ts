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
    nextOneOnOne: t('Next 1:1'), noCadence: t('No cadence: add cadence: weekly (or biweekly, monthly, a number of days) to their person.md.'),
    dueToday: t('due today'), overdueDays: t('overdue {0} d'), dueInDays: t('in {0} d'),
    talkingPoints: t('Talking points'), noTalkingPoints: t('Nothing collected yet: select code or text in any editor and run Add to Next 1:1, or type a point below.'),
    newTalkingPoint: t('A talking point for the next 1:1'), addTalkingPoint: t('Add to next 1:1'), openTalkingPoint: t('Open person.md at this point'),
    sinceLastOneOnOne: t('Since the last 1:1 (local git)'), insertCommits: t('Insert into note'),
  };
}
