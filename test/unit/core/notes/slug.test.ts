import * as assert from 'node:assert/strict';
import { MAX_SLUG_LENGTH, isSafeSegment, slugify, stableHash } from '../../../../src/core/notes/slug';

const FALLBACK = /^person-[0-9a-f]{8}$/;

describe('slugs for people and review titles', () => {
  it('lower-cases words and joins them with single dashes', () => {
    assert.equal(slugify('  Ana   María  López '), 'ana-maria-lopez');
    assert.equal(slugify('Auth rewrite: v2 (draft)!'), 'auth-rewrite-v2-draft');
  });

  it('strips diacritics and spells out letters NFKD keeps whole', () => {
    assert.equal(slugify('Zoë Ångström'), 'zoe-angstrom');
    assert.equal(slugify('Jörg Straße'), 'jorg-strasse');
    assert.equal(slugify('Søren Łukasz'), 'soren-lukasz');
    assert.equal(slugify('ﬁnn'), 'finn');
  });

  it('turns slashes and dots into dashes so a name never reaches another folder', () => {
    assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
    assert.equal(slugify('a/b\\c'), 'a-b-c');
    assert.equal(slugify('sam.o.'), 'sam-o');
  });

  it('gives names with nothing usable a stable hashed slug', () => {
    for (const name of ['..', '.', '///', '\\', '🎉🦄', '', '   ', '李雷']) {
      const slug = slugify(name);
      assert.match(slug, FALLBACK, name);
      assert.equal(slugify(name), slug, 'same name, same slug');
    }
    assert.notEqual(slugify('🎉'), slugify('🦄'));
    assert.match(slugify('🎉', 'review'), /^review-[0-9a-f]{8}$/);
  });

  it('keeps usable words of a name that also has emoji', () => {
    assert.equal(slugify('🎉 Priya 🎉'), 'priya');
  });

  it(`cuts long names to ${MAX_SLUG_LENGTH} characters at a word boundary`, () => {
    const slug = slugify('The quite extraordinarily long title of a design review about caching layers');
    assert.ok(slug.length <= MAX_SLUG_LENGTH, slug);
    assert.equal(slug, 'the-quite-extraordinarily-long-title-of-a-design-review');
  });

  it('cuts a single very long word hard rather than leaving it nearly empty', () => {
    const slug = slugify(`a ${'x'.repeat(100)}`);
    assert.equal(slug, `a-${'x'.repeat(MAX_SLUG_LENGTH - 2)}`);
  });

  it('cuts at the last dash only when that keeps at least half the length', () => {
    assert.equal(slugify(`${'a'.repeat(30)} ${'b'.repeat(40)}`), 'a'.repeat(30));
    assert.equal(slugify(`${'a'.repeat(29)} ${'b'.repeat(40)}`), `${'a'.repeat(29)}-${'b'.repeat(30)}`);
  });

  it('never ends a cut slug with a dash', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    assert.equal(slug, 'a'.repeat(59));
  });

  it('moves Windows device names off their reserved spelling', () => {
    assert.match(slugify('Con'), /^con-[0-9a-f]{8}$/);
    assert.equal(slugify('Connor'), 'connor');
  });

  it('only ever produces safe segments', () => {
    const names = ['..', '/', 'a/../b', 'CON', 'x'.repeat(500), '🎉', 'é', 'Ana.', ' -- ', 'null\u0000byte'];
    for (const name of names) assert.ok(isSafeSegment(slugify(name)), JSON.stringify(name));
  });
});

describe('safe path segments', () => {
  it('accepts ordinary folder names, including hand-made ones', () => {
    for (const s of ['ana', 'Ana María', 'sam-2', 'person-0a1b2c3d']) assert.ok(isSafeSegment(s), s);
  });

  it('rejects names that escape or reach across a folder', () => {
    for (const s of ['', '.', '..', 'a/b', 'a\\b', 'c:', 'nul', 'x\u0001', ' ana', 'ana.', 'a'.repeat(256)]) {
      assert.equal(isSafeSegment(s), false, JSON.stringify(s));
    }
  });
});

describe('stable hash', () => {
  it('is FNV-1a: known values and 8 hex digits', () => {
    assert.equal(stableHash(''), '811c9dc5');
    assert.equal(stableHash('a'), 'e40c292c');
    assert.equal(stableHash('foobar'), 'bf9cf968');
  });
});
