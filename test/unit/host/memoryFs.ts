import { DIRECTORY, FILE, type IndexFs } from '../../../src/host/notesIndex';

/** An in-memory notes folder: files with text and a modification time, folders, and links to folders. */
export class MemoryFs implements IndexFs {
  readonly nodes = new Map<string, { type: number; text?: string; mtime: number }>([['', { type: DIRECTORY, mtime: 0 }]]);
  private clock = 1;
  reads = 0;

  write(path: string, text: string): void {
    this.ensureFolder(parent(path));
    this.nodes.set(path, { type: FILE, text, mtime: this.clock++ });
  }

  ensureFolder(path: string): void {
    if (this.nodes.has(path)) return;
    this.ensureFolder(parent(path));
    this.nodes.set(path, { type: DIRECTORY, mtime: this.clock++ });
  }

  remove(path: string): void {
    for (const p of [...this.nodes.keys()]) if (p === path || p.startsWith(`${path}/`)) this.nodes.delete(p);
  }

  rename(from: string, to: string): void {
    this.ensureFolder(parent(to));
    for (const [p, node] of [...this.nodes]) {
      if (p === from || p.startsWith(`${from}/`)) {
        this.nodes.delete(p);
        this.nodes.set(to + p.slice(from.length), { ...node, mtime: this.clock++ });
      }
    }
  }

  async list(path: string): Promise<[string, number][] | undefined> {
    const node = this.nodes.get(path);
    if (!node || (node.type & DIRECTORY) === 0) return undefined;
    const prefix = path === '' ? '' : `${path}/`;
    return [...this.nodes].filter(([p]) => p !== '' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/') && p !== path)
      .map(([p, n]) => [p.slice(prefix.length), n.type]);
  }

  async stat(path: string) {
    const node = this.nodes.get(path);
    return node && { type: node.type, mtime: node.mtime, size: node.text?.length ?? 0 };
  }

  async read(path: string): Promise<string> {
    this.reads++;
    const node = this.nodes.get(path);
    if (!node || node.text === undefined) throw new Error(`ENOENT ${path}`);
    return node.text;
  }
}

export function parent(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

