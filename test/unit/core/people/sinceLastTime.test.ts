import * as assert from 'node:assert/strict';
import {
  authorPattern, byIdentity, commitsSince, LOG_PAGE, MAX_COMMITS, newestCommits, sinceLastTimeMarkdown, startOfDay, subjectOf, type CommitRecord, type LogQuery,
} from '../../../../src/core/people/sinceLastTime';

const commit = (hash: string, date: string, email: string, name = 'Someone', message = `Commit ${hash}`): CommitRecord =>
  ({ hash: hash.padEnd(40, '0'), message, authorDate: new Date(`${date}T12:00:00`), authorEmail: email, authorName: name });

/** A fake `Repository.log`: newest first, filtered by --author as git would (the pattern anywhere in `Name <email>`), paged. */
function fakeLog(all: readonly CommitRecord[], calls: LogQuery[] = []) {
  return async (q: LogQuery) => {
    calls.push(q);
    const pattern = q.author === undefined ? undefined : new RegExp(q.author);
    const matching = all.filter((c) => !pattern || pattern.test(`${c.authorName} <${c.authorEmail}>`));
    return matching.slice(q.skip, q.skip + q.maxEntries);
  };
}

describe('commits since the last 1:1', () => {
  it('matches an identity by whole email or name, ignoring case, also as "Name <email>"', () => {
    const c = commit('a', '2026-11-18', 'Sam.Okafor@example.com', 'Sam Okafor');
    assert.equal(byIdentity(c, ['sam.okafor@example.com']), true);
    assert.equal(byIdentity(c, ['sam okafor']), true);
    assert.equal(byIdentity(c, ['Sam <sam.okafor@example.com>']), true);
    assert.equal(byIdentity(c, ['sam@example.com']), false);
    assert.equal(byIdentity(c, ['Sam']), false);
  });

  it('makes a pattern git matches whatever the case, with what it would read as special escaped', () => {
    assert.equal(authorPattern('sa.o+1@x.io'), '[sS][aA]\\.[oO]+1@[xX]\\.[iI][oO]');
    assert.equal(authorPattern('A [b] <a*b@x>'), '[aA]\\*[bB]@[xX]');
    assert.ok(new RegExp(authorPattern('sam.okafor@example.com')).test('Sam <SAM.Okafor@Example.com>'));
    assert.ok(!new RegExp(authorPattern('sam.okafor@example.com')).test('Sam <samxokafor@example.com>'));
  });

  it('reads pages until one is older than the day of the last 1:1', async () => {
    const all = Array.from({ length: 130 }, (_, i) => commit(`c${i}`, i < 70 ? '2026-11-20' : '2026-10-01', 'sam@example.com'));
    const calls: LogQuery[] = [];
    const found = await commitsSince(fakeLog(all, calls), 'sam@example.com', startOfDay('2026-11-16'));
    assert.equal(found.length, 70);
    assert.deepEqual(calls.map((c) => c.skip), [0, LOG_PAGE]);
  });

  it('counts commits made on the day of the last 1:1 itself', async () => {
    const found = await commitsSince(fakeLog([commit('a', '2026-11-16', 'sam@example.com'), commit('b', '2026-11-15', 'sam@example.com')]), 'sam@example.com', startOfDay('2026-11-16'));
    assert.deepEqual(found.map((c) => c.hash[0]), ['a']);
  });

  it('lists only the person\'s commits, once each, newest first, at most MAX_COMMITS', () => {
    const found = [
      { repository: 'api', commit: commit('a', '2026-11-17', 'sam@example.com', 'Sam', 'Add jitter\n\nLonger body') },
      { repository: 'api', commit: commit('b', '2026-11-19', 'priya@example.com') },
      { repository: 'web', commit: commit('c', '2026-11-21', 'sam@example.com') },
      { repository: 'web', commit: commit('c', '2026-11-21', 'sam@example.com') },
    ];
    const { commits, more } = newestCommits(found, ['sam@example.com']);
    assert.deepEqual(commits, [
      { subject: 'Commit c', date: '2026-11-21', repository: 'web', hash: 'c000000' },
      { subject: 'Add jitter', date: '2026-11-17', repository: 'api', hash: 'a000000' },
    ]);
    assert.equal(more, false);
    const many = Array.from({ length: MAX_COMMITS + 5 }, (_, i) => ({ repository: 'api', commit: commit(`m${i}`, '2026-11-20', 'sam@example.com') }));
    assert.equal(newestCommits(many, ['sam@example.com']).commits.length, MAX_COMMITS);
    assert.equal(newestCommits(many, ['sam@example.com']).more, true);
  });

  it('writes them as a list under a label', () => {
    assert.equal(sinceLastTimeMarkdown('Since last time', [{ subject: 'Add jitter', date: '2026-11-17', repository: 'api', hash: 'a000000' }]),
      '**Since last time**\n\n- Add jitter (api `a000000`, 2026-11-17)');
    assert.equal(subjectOf(`${'x'.repeat(300)}\r\nbody`).length, 200);
  });
});
