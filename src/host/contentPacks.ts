/**
 * Team content packs: JSON files matched by `twoHats.contentPacks` (workspace globs or
 * absolute paths), validated with the same schema as the bundled set and merged over it.
 * An invalid pack is reported in the Problems panel at the offending JSON path and
 * otherwise ignored; the bundled content always loads. Built as its own chunk (dist/packs.js,
 * with the schema and jsonc-parser), loaded on the first content use rather than at activation.
 */
import * as vscode from 'vscode';
import type { SourcedPack } from '../core/content/contentSet';
import { PACK_LIMITS, packItemCount } from '../core/content/packLimits';
import { locatePath } from '../core/content/packLocation';
import { formatPath, parsePack, type ContentProblem } from '../core/content/validate';
import { templateProblems as problemsOfTemplate } from '../core/notes/templateChecks';
import { packGlobs } from './packGlobs';

export interface LoadedPacks {
  readonly packs: SourcedPack[];
  /** Each valid pack's file and text, by its source name (for problems found when merging). */
  readonly sources: Map<string, { uri: vscode.Uri; text: string }>;
  /** Problems by pack URI string, with the text they were found in. */
  readonly problems: Map<string, { uri: vscode.Uri; text: string; problems: ContentProblem[] }>;
}

async function packUris(): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const glob of packGlobs()) {
    if (glob.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(glob)) {
      found.set(vscode.Uri.file(glob).toString(), vscode.Uri.file(glob));
      continue;
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**')) found.set(uri.toString(), uri);
    }
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** Reads and validates every pack; never throws. */
export async function loadPacks(): Promise<LoadedPacks> {
  const packs: SourcedPack[] = [];
  const sources: LoadedPacks['sources'] = new Map();
  const problems: LoadedPacks['problems'] = new Map();
  const uris = await packUris();
  const refuse = (uri: vscode.Uri, text: string, message: string) => {
    problems.set(uri.toString(), { uri, text, problems: [{ file: vscode.workspace.asRelativePath(uri), path: [], message }] });
  };
  for (const [i, uri] of uris.entries()) {
    const name = vscode.workspace.asRelativePath(uri);
    if (i >= PACK_LIMITS.files) {
      refuse(uri, '', vscode.l10n.t('is not loaded: Two Hats loads at most {0} pack files (in path order)', PACK_LIMITS.files));
      continue;
    }
    let text: string;
    try {
      const size = (await vscode.workspace.fs.stat(uri)).size;
      if (size > PACK_LIMITS.bytes) {
        refuse(uri, '', vscode.l10n.t('is {0} MB; a pack may be at most {1} MB', (size / 1048576).toFixed(1), PACK_LIMITS.bytes / 1048576));
        continue;
      }
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      refuse(uri, '', vscode.l10n.t('could not be read: {0}', (error as Error).message));
      continue;
    }
    const result = parsePack(text, name);
    const items = result.pack ? packItemCount(result.pack) : 0;
    if (items > PACK_LIMITS.items) {
      refuse(uri, text, vscode.l10n.t('lists {0} entries (prompts, checklist items, lines, keywords and the like); a pack may list at most {1}', items, PACK_LIMITS.items));
      continue;
    }
    const templateProblems = (result.pack?.templates ?? []).flatMap((t, index) => problemsOfTemplate(t).map((message) => ({ file: name, path: ['templates', index], message })));
    if (templateProblems.length > 0) {
      problems.set(uri.toString(), { uri, text, problems: templateProblems });
      continue;
    }
    if (result.pack) {
      packs.push({ source: name, pack: result.pack });
      sources.set(name, { uri, text });
    } else {
      problems.set(uri.toString(), { uri, text, problems: [...result.problems] });
    }
  }
  return { packs, sources, problems };
}

/** Turns problems into diagnostics on their files, each at its JSON path. */
export function toDiagnostics(entries: Iterable<{ uri: vscode.Uri; text: string; problems: readonly ContentProblem[] }>): [vscode.Uri, vscode.Diagnostic[]][] {
  return [...entries].map(({ uri, text, problems }) => {
    const doc = { positionAt: (offset: number) => positionAt(text, offset) };
    return [uri, problems.map((p) => {
      const span = locatePath(text, p.path);
      const range = new vscode.Range(doc.positionAt(span.offset), doc.positionAt(span.offset + span.length));
      const d = new vscode.Diagnostic(range, `${formatPath(p.path)}: ${p.message}`, vscode.DiagnosticSeverity.Error);
      d.source = 'Two Hats';
      return d;
    })];
  });
}

function positionAt(text: string, offset: number): vscode.Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return new vscode.Position(line, offset - (before.lastIndexOf('\n') + 1));
}
