import * as assert from 'node:assert/strict';
import { parseSnippet } from './snippetSyntax';

describe('snippet syntax parser (test helper)', () => {
  it('expands tab stops, nested placeholders, choices and variables', () => {
    const s = parseSnippet(['# ${1:title ${2:sub}} $3 ${4}', '${5|one,t\\,wo|} $CURRENT_YEAR ${UUID:id} $0']);
    assert.equal(s.text, '# title sub  \none CURRENT_YEAR id ');
    assert.deepEqual(s.tabstops, [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(s.variables, ['CURRENT_YEAR', 'UUID']);
  });

  it('reads the escapes \\$, \\} and \\\\ as text', () => {
    assert.equal(parseSnippet('a \\$1 \\} \\\\ b').text, 'a $1 } \\ b');
  });

  for (const [why, bad] of [
    ['a stray $', 'costs $ 5'], ['a $ before punctuation', 'x $.'], ['an unescaped }', 'a } b'], ['an unclosed placeholder', '${1:open'],
    ['a backslash that escapes nothing', 'C:\\path'], ['an unknown variable', '$PERSON'], ['a transform', '${1/a/b/}'], ['${ with nothing', '${}'],
    ['an unclosed choice', '${1|a,b'],
  ] as const) {
    it(`rejects ${why}`, () => assert.throws(() => parseSnippet(bad), SyntaxError));
  }
});
