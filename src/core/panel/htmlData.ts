/**
 * Data the host writes into the panel's page (its first screen), as a `<script type="application/json">`
 * block: JSON with every `<` escaped, so no `</script>` in a note, a name or a pack can end the
 * block early and become markup. The page parses it with JSON.parse and validates every message in
 * it as it validates messages that arrive later.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
