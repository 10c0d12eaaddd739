/**
 * Where a JSON path points in a pack's text, so a problem can be shown on the very value
 * that is wrong. Pure; uses jsonc-parser's tree, which also survives broken JSON.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

export interface TextSpan {
  readonly offset: number;
  readonly length: number;
}

/**
 * The span of the value at `path`, else of its nearest existing ancestor (a missing field is
 * reported on the object that lacks it), else the start of the file.
 */
export function locatePath(text: string, path: readonly (string | number)[]): TextSpan {
  const root = parseTree(text);
  if (!root) return { offset: 0, length: 0 };
  for (let n = path.length; n >= 0; n--) {
    const node: Node | undefined = findNodeAtLocation(root, [...path.slice(0, n)]);
    if (!node) continue;
    // For a field, underline the property name and value together; for an item, the item.
    const target = node.parent?.type === 'property' ? node.parent : node;
    // Objects and arrays can span many lines: underline their first line's worth only.
    const length = target.type === 'object' || target.type === 'array' ? 1 : target.length;
    return { offset: target.offset, length };
  }
  return { offset: 0, length: 0 };
}
