import * as assert from 'node:assert/strict';
import { capItems, peopleMessage } from '../../../../src/core/panel/panelLogic';
import { LIMITS, parseMessage, toWebviewSchema } from '../../../../src/core/panel/protocol';

/** The largest messages the protocol's comment promises: a `people` message under 2 MB, a `prep` message under 100 KB. */
const MB = 1024 * 1024;

describe('message limits: what one huge folder or note can send to the webview', () => {
  const huge = 'x'.repeat(1_000_000);
  const people = Array.from({ length: 5000 }, (_, i) => ({ slug: `person-${i}-${'p'.repeat(200)}`, name: huge, last: '2026-11-16', days: 19 }));
  const item = (i: number) => ({ text: huge, date: '2026-11-16', fileName: `${'f'.repeat(240)}.md`, line: i, age: 19 });
  const everyone = Array.from({ length: 250_000 }, (_, i) => ({ person: people[i % people.length]!.slug, ...item(i) }));

  it('cuts a people message of 5,000 people with 1 MB names and 250,000 open items to the limits, and the webview accepts it', () => {
    const message = { type: 'people' as const, ...peopleMessage(people, everyone, Array.from({ length: 100 }, () => huge)) };
    assert.equal(message.people.length, LIMITS.people);
    assert.equal(message.openItems.length, LIMITS.allOpenItems);
    assert.equal(message.problems.length, LIMITS.problems);
    assert.ok(message.people.every((p) => p.name.length === LIMITS.text && p.name.endsWith('…')));
    assert.ok(message.openItems.every((o) => o.text.length === LIMITS.text));
    const bytes = JSON.stringify(message).length;
    assert.ok(bytes < 2 * MB, `${(bytes / MB).toFixed(2)} MB`);
    assert.ok(parseMessage(toWebviewSchema, message), 'the webview schema drops it');
  });

  it('cuts a prep message of a note with 250,000 open items to 100 items under 100 KB, and the webview accepts it', () => {
    const openItems = capItems(everyone.slice(0, 250_000).map(({ person: _person, ...rest }) => rest), LIMITS.openItems);
    const message = { type: 'prep' as const, person: 'ana', ticks: [], openItems, asked: {} };
    assert.equal(message.openItems.length, LIMITS.openItems);
    const bytes = JSON.stringify(message).length;
    assert.ok(bytes < 100 * 1024, `${(bytes / 1024).toFixed(0)} KB`);
    assert.ok(parseMessage(toWebviewSchema, message), 'the webview schema drops it');
  });

  it('is what stops the flood: the same message uncut is refused by the webview', () => {
    const message = { type: 'people', people: people.slice(0, LIMITS.people + 1), openItems: [], problems: [] };
    assert.equal(parseMessage(toWebviewSchema, message), undefined);
  });
});
