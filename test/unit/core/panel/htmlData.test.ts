import * as assert from 'node:assert/strict';
import { jsonForHtml } from '../../../../src/core/panel/htmlData';

describe('data written into the panel\'s page', () => {
  it('reads back as written, and no `</script>` or `<!--` in it can end or open markup', () => {
    const hostile = { name: '</script><script>alert(1)</script>', note: '<!-- x -->\u2028\u2029', ok: 'Ana & Bo' };
    const html = jsonForHtml([hostile]);
    assert.doesNotMatch(html, /</);
    assert.doesNotMatch(html, /[\u2028\u2029]/);
    assert.deepEqual(JSON.parse(html), [hostile]);
  });
});
