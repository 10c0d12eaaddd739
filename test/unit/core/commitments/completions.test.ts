import * as assert from 'node:assert/strict';
import { dateCompletionContext, dateSuggestions } from '../../../../src/core/commitments/dateCompletions';
import { ownerCompletionContext, ownerSuggestions } from '../../../../src/core/commitments/ownerCompletions';
import { TEAM } from './commitmentFixtures';

describe('owner completions', () => {
  it('finds the @ being typed on a task line, with what is typed after it', () => {
    assert.deepEqual(ownerCompletionContext('- [ ] Send the RFC @', true), { start: 19, query: '' });
    assert.deepEqual(ownerCompletionContext('- [ ] Send the RFC @an', true), { start: 19, query: 'an' });
    assert.deepEqual(ownerCompletionContext('- [ ] (@sam-l', true), { start: 7, query: 'sam-l' });
    assert.deepEqual(ownerCompletionContext('- [ ] 🚀@José', true), { start: 8, query: 'José' });
  });

  it('offers nothing off a task line, inside an address or a path, or once the word is done', () => {
    assert.equal(ownerCompletionContext('Send the RFC @an', false), undefined);
    assert.equal(ownerCompletionContext('- [ ] mail ana@ex', true), undefined);
    assert.equal(ownerCompletionContext('- [ ] see x.com/@an', true), undefined);
    assert.equal(ownerCompletionContext('- [ ] @ana ', true), undefined);
    assert.equal(ownerCompletionContext('', true), undefined);
  });

  it('offers me first, then people whose slug or a word of whose name starts with the query, by name', () => {
    assert.deepEqual(ownerSuggestions(TEAM, '').map((s) => s.insert), ['me', 'ana', 'bo', 'kim-2', 'sam-lee', 'sam-ortiz']);
    assert.deepEqual(ownerSuggestions(TEAM, 'SAM').map((s) => s.insert), ['sam-lee', 'sam-ortiz']);
    assert.deepEqual(ownerSuggestions(TEAM, 'par').map((s) => s.insert), ['kim-2']);
    assert.deepEqual(ownerSuggestions(TEAM, 'm').map((s) => s.insert), ['me']);
    assert.deepEqual(ownerSuggestions(TEAM, 'ana')[0], { kind: 'person', insert: 'ana', slug: 'ana', name: 'Ana Lima' });
  });

  it('never offers a person whose folder is called me, nor one person twice', () => {
    const people = [{ slug: 'me', name: 'Mel' }, { slug: 'bo', name: 'Bo' }, { slug: 'bo', name: 'Bo again' }];
    assert.deepEqual(ownerSuggestions(people, '').map((s) => s.insert), ['me', 'bo']);
  });
});

describe('due date completions', () => {
  it('finds the date being typed after 📅 or due', () => {
    assert.deepEqual(dateCompletionContext('- [ ] ship 📅 '), { start: 14, query: '' });
    assert.deepEqual(dateCompletionContext('- [ ] ship 📅2026-1'), { start: 13, query: '2026-1' });
    assert.deepEqual(dateCompletionContext('- [ ] ship due 20'), { start: 15, query: '20' });
    assert.deepEqual(dateCompletionContext('- [ ] ship Due:  '), { start: 17, query: '' });
  });

  it('offers nothing after other words, inside a word, or past a whole date', () => {
    assert.equal(dateCompletionContext('- [ ] ship on '), undefined);
    assert.equal(dateCompletionContext('- [ ] overdue '), undefined);
    assert.equal(dateCompletionContext('- [ ] due'), undefined);
    assert.equal(dateCompletionContext('- [ ] 📅 2026-11-200'), undefined);
  });

  it('offers today, tomorrow, next Monday, in a week and the day before the next 1:1', () => {
    // 2026-11-18 is a Wednesday.
    assert.deepEqual(dateSuggestions('2026-11-18', '2026-11-23'), [
      { label: 'today', date: '2026-11-18' }, { label: 'tomorrow', date: '2026-11-19' }, { label: 'next Monday', date: '2026-11-23' },
      { label: 'in a week', date: '2026-11-25' }, { label: 'the day before the next 1:1', date: '2026-11-22' },
    ]);
  });

  it('takes next Monday as a week away on a Monday and tomorrow on a Sunday', () => {
    assert.equal(dateSuggestions('2026-11-16').find((s) => s.label === 'next Monday')!.date, '2026-11-23');
    assert.equal(dateSuggestions('2026-11-22').find((s) => s.label === 'next Monday')!.date, '2026-11-23');
  });

  it('leaves out a day before the next 1:1 that has passed, days past 9999, and everything without a real today', () => {
    assert.equal(dateSuggestions('2026-11-18', '2026-11-18').length, 4);
    assert.deepEqual(dateSuggestions('9999-12-31').map((s) => s.label), ['today']);
    assert.deepEqual(dateSuggestions('2026-02-30'), []);
  });
});
