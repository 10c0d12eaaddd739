import * as assert from 'node:assert/strict';
import { itemTokens, withoutTokens } from '../../../../src/core/commitments/itemTokens';

const owners = (text: string) => itemTokens(text).filter((t) => t.kind === 'owner').map((t) => t.value);
const dates = (text: string) => itemTokens(text).filter((t) => t.kind !== 'owner').map((t) => `${t.kind} ${t.value}`);

describe('commitment tokens: owners', () => {
  it('reads an owner at the start, after a blank and after punctuation', () => {
    assert.deepEqual(owners('@ana send the RFC (@bo) to Sam,@kim-2 and "@sam-lee"'), ['ana', 'bo', 'kim-2', 'sam-lee']);
  });

  it('reads letters of any script, digits, dashes and inner dots, and leaves a sentence\'s dot out', () => {
    assert.deepEqual(owners('ask @José. Then @ana.lee! Then @bo-2.'), ['José', 'ana.lee', 'bo-2']);
  });

  it('does not read an e-mail address, a path or an address after a name as an owner', () => {
    assert.deepEqual(owners('mail email@example.com, first.last@x.com, https://x.com/@ana and @ana@example.com'), []);
  });

  it('does not read an escaped \\@ or inline code that starts with @ as an owner', () => {
    assert.deepEqual(owners('write \\@ana and `@bo` but @kim'), ['kim']);
  });

  it('needs one @ and a letter or a digit right after it', () => {
    assert.deepEqual(owners('@ @- @. @@bo @ and @ana'), ['ana']);
  });

  it('reads an owner after an emoji (a surrogate pair) but not after a letter outside the first plane', () => {
    assert.deepEqual(owners('🔥@ana 𝒜@bo'), ['ana']);
  });

  it('gives each owner token its offsets in the text', () => {
    const [t] = itemTokens('Send it @ana.');
    assert.deepEqual(t, { kind: 'owner', start: 8, end: 12, value: 'ana' });
  });
});

describe('commitment tokens: dates', () => {
  it('reads 📅 with or without a space and with a variation selector, and due with any case and a colon', () => {
    assert.deepEqual(dates('a 📅 2026-11-20 b 📅2026-11-21 c 📅\uFE0F 2026-11-22 d Due: 2026-11-23 e due\t2026-11-24'),
      ['due 2026-11-20', 'due 2026-11-21', 'due 2026-11-22', 'due 2026-11-23', 'due 2026-11-24']);
  });

  it('reads ✅ dates as done dates', () => {
    assert.deepEqual(dates('shipped ✅ 2026-11-21'), ['done 2026-11-21']);
  });

  it('keeps an impossible date as a token, so it can be reported', () => {
    assert.deepEqual(dates('📅 2026-02-30 due 0999-01-01 due 10000-01-01'), ['due 2026-02-30', 'due 0999-01-01', 'due 10000-01-01']);
  });

  it('reads 📅 without a date as a token with no date, and due without one as ordinary words', () => {
    assert.deepEqual(dates('📅 tomorrow, due to the outage, due 2026-1-5, overdue 2026-11-20, dues 2026-11-20'), ['due ']);
  });

  it('reads neither a ✅ without a date nor a date that runs on into more digits', () => {
    assert.deepEqual(dates('✅ shipped 📅 2026-11-200'), ['due ']);
  });

  it('reads at most 100 tokens of an item and leaves the rest as words', () => {
    const text = `${'@zed '.repeat(150)}due 2026-11-20`;
    const tokens = itemTokens(text);
    assert.equal(tokens.length, 100);
    assert.equal(withoutTokens(text, tokens), `${'@zed '.repeat(50)}due 2026-11-20`);
  });

  it('removes tokens from the words and closes up the blanks they leave, keeping other blanks as written', () => {
    const text = '@me  Send the  RFC 📅 2026-11-20   to Sam   due 2026-11-21';
    assert.equal(withoutTokens(text, itemTokens(text)), 'Send the  RFC to Sam');
  });
});
