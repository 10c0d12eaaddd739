/**
 * The editor's selection as one line of text for person.md, and a link back to the file and line
 * where it starts (relative to the person's folder). Add to Next 1:1, Log a Win and Log Feedback
 * take a selection alike.
 */
import * as vscode from 'vscode';
import { pointText, selectionLink, type PointLink } from '../../core/people/talkingPoints';

export interface SelectionPoint {
  readonly text: string;
  link(personFolder: vscode.Uri): PointLink | undefined;
}

/** The selection as one line of text, and a link back to where it starts. */
export function selectionPoint(editor: vscode.TextEditor): SelectionPoint {
  const { document, selection } = editor;
  return {
    text: pointText(document.getText(selection)),
    link(personFolder) {
      const file = document.uri;
      // Only files beside the notes (same scheme and authority) can be linked relatively.
      if (document.isUntitled || file.scheme !== personFolder.scheme || file.authority !== personFolder.authority) return undefined;
      return selectionLink(personFolder.path, file.path, vscode.workspace.asRelativePath(file), selection.start.line + 1);
    },
  };
}
