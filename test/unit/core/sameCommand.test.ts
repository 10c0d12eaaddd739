import * as assert from 'node:assert/strict';
import { sameCommand } from '../../../src/core/sameCommand';

describe('sameCommand: a status-bar item keeps its command when nothing changed', () => {
  const open = (slug: string) => ({ title: 'Open the panel', command: 'twoHats.internal.showPerson', arguments: [slug] });

  it('is the same for a new object with the same id, title and arguments', () => {
    assert.equal(sameCommand(open('priya-raman'), open('priya-raman')), true);
    assert.equal(sameCommand(undefined, undefined), true);
  });

  it('differs when the person, the id, the title or the presence of a command changes', () => {
    assert.equal(sameCommand(open('priya-raman'), open('sam-okafor')), false);
    assert.equal(sameCommand(open('priya-raman'), { ...open('priya-raman'), command: 'twoHats.commitments.focus' }), false);
    assert.equal(sameCommand(open('priya-raman'), { ...open('priya-raman'), title: 'Open the panel on Priya' }), false);
    assert.equal(sameCommand(open('priya-raman'), undefined), false);
    assert.equal(sameCommand({ command: 'a' }, { command: 'a', arguments: [] }), true);
  });

  it('never counts arguments that are not plain data as the same', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    assert.equal(sameCommand({ command: 'a', arguments: [cycle] }, { command: 'a', arguments: [cycle] }), false);
  });
});
