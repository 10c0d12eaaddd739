import * as assert from 'node:assert/strict';
import { noteCommitments } from '../../../../src/core/commitments/noteCommitments';
import { TEAM, md, oneOnOne, otherNote } from './commitmentFixtures';

const texts = (text: string) => oneOnOne('ana', '2026-11-16', text).items.map((i) => i.text);

describe('a note\'s commitments: which items', () => {
  it('reads every task item with words, open and done, and nothing else', () => {
    assert.deepEqual(texts(md('- [ ] one', '* [x] two', '1. [X] three', '- plain', '- [ ] ', '- [ ]', 'text [ ] no')), ['one', 'two', 'three']);
  });

  it('never reads items in code fences, indented code, HTML blocks or front matter', () => {
    const note = md('---', 'notes: |', '  - [ ] in yaml', '---', '```md', '- [ ] in a fence', '```', '', '    - [ ] indented code', '',
      '<div>', '- [ ] in html', '</div>', '', '- [ ] real');
    assert.deepEqual(texts(note), ['real']);
  });

  it('joins lazy continuation lines and reads CRLF notes with the same lines', () => {
    const note = oneOnOne('ana', '2026-11-16', '# 1:1\r\n- [ ] ask Sam about\r\nthe budget @me\r\n- [x] done\r\n');
    assert.deepEqual(note.items.map((i) => [i.text, i.source.line, i.owner.kind]), [['ask Sam about the budget @me', 1, 'me'], ['done', 3, 'shared']]);
  });

  it('keeps owner and date tokens in the text and leaves them out of the words; the origin suffix is in neither', () => {
    const [item] = oneOnOne('ana', '2026-11-16', '- [ ] @me Send the RFC 📅 2026-11-20 _(from [2026-11-09](2026-11-09.md))_').items;
    assert.equal(item!.text, '@me Send the RFC 📅 2026-11-20');
    assert.equal(item!.words, 'Send the RFC');
    assert.deepEqual(item!.origin, { date: '2026-11-09', path: 'one-on-ones/ana/2026-11-09.md' });
  });

  it('reads a whole note of 10,000 items, each once', function () {
    // markdown-it alone takes about half a second for 10,000 list items on a busy machine.
    this.timeout(20_000);
    const lines = Array.from({ length: 10_000 }, (_, i) => `- [${i % 2 ? 'x' : ' '}] item ${i} @bo 📅 2026-11-${String((i % 28) + 1).padStart(2, '0')}`);
    const note = oneOnOne('ana', '2026-11-16', lines.join('\n'));
    assert.equal(note.items.length, 10_000);
    assert.equal(note.items.filter((i) => i.checked).length, 5_000);
    assert.equal(new Set(note.items.map((i) => i.key)).size, 10_000);
    assert.deepEqual(note.problems, []);
  });
});

describe('a note\'s commitments: owners and counterparts', () => {
  it('reads @me as the lead, a slug as its person and a first name when only one person has it, in any case', () => {
    const items = oneOnOne('ana', '2026-11-16', md('- [ ] a @me', '- [ ] b @BO', '- [ ] c @kim', '- [ ] d @Kim-2', '- [ ] e @sam-lee')).items;
    assert.deepEqual(items.map((i) => i.owner), [
      { kind: 'me' }, { kind: 'person', slug: 'bo', name: 'Bo Chen' }, { kind: 'person', slug: 'kim-2', name: 'Kim Park' },
      { kind: 'person', slug: 'kim-2', name: 'Kim Park' }, { kind: 'person', slug: 'sam-lee', name: 'Sam Lee' },
    ]);
  });

  it('in a 1:1, shares an item without an owner with the person, and makes @me "I owe" and @bo "Bo owes"', () => {
    const items = oneOnOne('ana', '2026-11-16', md('- [ ] shared', '- [ ] mine @me', '- [ ] theirs @bo')).items;
    assert.deepEqual(items.map((i) => [i.owner.kind, i.counterpart]), [['shared', 'ana'], ['me', 'ana'], ['person', 'bo']]);
  });

  it('in design reviews and other notes, makes the owner the counterpart, and leaves shared items and @me without one', () => {
    for (const kind of ['review', 'other'] as const) {
      const items = otherNote(kind, 'design-reviews/2026-11-16-auth.md', md('- [ ] shared', '- [ ] mine @me', '- [ ] theirs @ana')).items;
      assert.deepEqual(items.map((i) => [i.owner.kind, i.counterpart, i.noteKind]), [['shared', undefined, kind], ['me', undefined, kind], ['person', 'ana', kind]]);
    }
  });

  it('leaves a review note\'s sign-off items out: they are reviewers signing, not commitments', () => {
    const text = md('## Action items', '- [ ] Send the rollback plan @ana', '', '## Sign-off', '- [ ] @ana', '- [x] @bo ✅ 2026-11-20', '', '## Notes', '- [ ] after it @me');
    assert.deepEqual(otherNote('review', 'design-reviews/2026-11-16-auth.md', text).items.map((i) => i.text), ['Send the rollback plan @ana', 'after it @me']);
    // In any other note a section of that name is just a section.
    assert.equal(otherNote('other', 'misc/2026-11-16.md', text).items.length, 4);
  });

  it('does not take e-mail addresses for owners', () => {
    const [item] = oneOnOne('ana', '2026-11-16', '- [ ] write to email@x.com about it').items;
    assert.deepEqual([item!.owner, item!.problems], [{ kind: 'shared' }, []]);
  });
});

describe('a note\'s commitments: problems, with their line and column', () => {
  it('reports an unknown owner, keeps it in the text and leaves the item without an owner', () => {
    const note = oneOnOne('ana', '2026-11-16', md('# 1:1', '', '- [ ] Send the RFC @anna'));
    assert.deepEqual(note.problems, [{ kind: 'unknown-owner', text: '@anna', line: 2, column: 19, endLine: 2, endColumn: 24 }]);
    assert.equal(note.items[0]!.text, 'Send the RFC @anna');
    assert.deepEqual([note.items[0]!.owner, note.items[0]!.counterpart], [{ kind: 'shared' }, 'ana']);
    assert.deepEqual(note.items[0]!.problems, note.problems);
  });

  it('reports an ambiguous first name with the people it could name', () => {
    const [problem] = oneOnOne('ana', '2026-11-16', '- [ ] @Sam pairs on it').problems;
    assert.deepEqual(problem, { kind: 'ambiguous-owner', text: '@Sam', line: 0, column: 6, endLine: 0, endColumn: 10, candidates: ['sam-lee', 'sam-ortiz'] });
  });

  it('counts the first owner and reports the others', () => {
    const note = oneOnOne('ana', '2026-11-16', '- [ ] @bo intro @ana to @zed');
    assert.deepEqual(note.items[0]!.owner, { kind: 'person', slug: 'bo', name: 'Bo Chen' });
    assert.deepEqual(note.problems.map((p) => [p.kind, p.text, p.column]), [['extra-owner', '@ana', 16], ['unknown-owner', '@zed', 24]]);
  });

  it('keeps the first owner token even when it names nobody, rather than taking a later one', () => {
    const note = oneOnOne('ana', '2026-11-16', '- [ ] @anna reviews @bo\'s doc');
    assert.deepEqual(note.items[0]!.owner, { kind: 'shared' });
    assert.deepEqual(note.problems.map((p) => p.kind), ['unknown-owner', 'extra-owner']);
  });

  it('reports impossible dates (no such day, years outside 1000 to 9999) and a 📅 without a date, and keeps them as written', () => {
    const note = oneOnOne('ana', '2026-11-16', md('- [ ] a 📅 2026-02-30', '- [ ] b due 0999-12-31', '- [ ] c 📅 10000-01-01', '- [ ] d 📅 next week', '- [x] e ✅ 2026-13-01'));
    assert.deepEqual(note.problems.map((p) => [p.kind, p.text, p.line, p.column]), [
      ['impossible-date', '📅 2026-02-30', 0, 8], ['impossible-date', 'due 0999-12-31', 1, 8], ['impossible-date', '📅 10000-01-01', 2, 8],
      ['missing-date', '📅', 3, 8], ['impossible-date', '✅ 2026-13-01', 4, 8],
    ]);
    assert.deepEqual(note.items.map((i) => i.due), [undefined, undefined, undefined, undefined, undefined]);
    assert.equal(note.items[0]!.text, 'a 📅 2026-02-30');
  });

  it('counts the first due date and reports a second one', () => {
    const note = oneOnOne('ana', '2026-11-16', '- [ ] ship 📅 2026-11-20 due 2026-11-27');
    assert.equal(note.items[0]!.due, '2026-11-20');
    assert.deepEqual(note.problems.map((p) => [p.kind, p.text]), [['extra-date', 'due 2026-11-27']]);
  });

  it('places problems on continuation lines, in quotes, after emoji and on CRLF lines in UTF-16 columns', () => {
    const note = oneOnOne('ana', '2026-11-16', md('> - [ ] 🚀 ask @zed', '>   and then @yan', '- [ ] line one', '  line two @xi 📅 2026-02-30\r'));
    assert.deepEqual(note.problems.map((p) => [p.text, p.line, p.column, p.endLine, p.endColumn]), [
      ['@zed', 0, 15, 0, 19], ['@yan', 1, 13, 1, 17], ['@xi', 3, 11, 3, 14], ['📅 2026-02-30', 3, 15, 3, 28],
    ]);
  });

  it('places a problem on a nested item behind its parent\'s marker and after a byte-order mark', () => {
    const note = noteCommitments({ path: 'x.md', kind: 'other', text: '\uFEFF- - [ ] ask @zed' }, TEAM);
    assert.deepEqual(note.problems.map((p) => [p.line, p.column]), [[0, 12]]);
  });

  it('caps the problems of one item', () => {
    const note = oneOnOne('ana', '2026-11-16', `- [ ] ${'@zed '.repeat(100)}`);
    assert.equal(note.problems.length, 20);
  });
});

describe('a note\'s commitments: dates, privacy and keys', () => {
  it('gives a checked item its ✅ date, else the note\'s date, and an open one none', () => {
    const items = oneOnOne('ana', '2026-11-16', md('- [x] a ✅ 2026-11-14', '- [x] b', '- [ ] c ✅ 2026-11-14')).items;
    assert.deepEqual(items.map((i) => i.done), ['2026-11-14', '2026-11-16', undefined]);
  });

  it('flags items in a private section and in an ambiguous part as private', () => {
    const note = oneOnOne('ana', '2026-11-16', md('- [ ] shared', '## Private', '- [ ] secret @me', '## Next', '- [ ] after', '```', '## Private', '```', '- [ ] hmm'));
    assert.deepEqual(note.items.map((i) => [i.text, i.private]), [['shared', false], ['secret @me', true], ['after', false], ['hmm', true]]);
  });

  it('keys a 1:1 item by person, origin date and case-folded words, and any other item by path and line', () => {
    const one = oneOnOne('ana', '2026-11-16', md('- [ ] Send  the RFC @me 📅 2026-11-20', '- [ ] Old one _(from [2026-11-09](2026-11-09.md))_'));
    assert.deepEqual(one.items.map((i) => i.key), ['ana/2026-11-16/send the rfc', 'ana/2026-11-09/old one']);
    const review = otherNote('review', 'design-reviews/2026-11-16-auth.md', md('', '- [ ] Send the RFC'), '2026-11-16');
    assert.deepEqual(review.items.map((i) => i.key), ['design-reviews/2026-11-16-auth.md:1']);
  });

  it('keys a long item by the first 500 characters of its words, so a key stays small', () => {
    const [item] = oneOnOne('ana', '2026-11-16', `- [ ] ${'word '.repeat(20_000)}`).items;
    assert.equal(item!.key, `ana/2026-11-16/${'word '.repeat(100).trim()}`);
  });

  it('reads which note of the day a 1:1 is from its file name', () => {
    assert.equal(oneOnOne('ana', '2026-11-16', '- [ ] a', 2).n, 2);
    assert.equal(oneOnOne('ana', '2026-11-16', '- [ ] a').n, 1);
  });

  it('leaves the origin path out when the link is no single safe file name', () => {
    const [item] = oneOnOne('ana', '2026-11-16', '- [ ] a _(from [2026-11-09](..%2Fbo%2Fx.md))_').items;
    assert.deepEqual(item!.origin, { date: '2026-11-09' });
  });
});
