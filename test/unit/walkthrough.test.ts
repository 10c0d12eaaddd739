import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, INTERNAL_COMMANDS, VIEWS, WALKTHROUGH } from '../../src/core/ids';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const text = (value: string) => (/^%.+%$/.test(value) ? nls[value.slice(1, -1)] : undefined);
const ignored = readFileSync(join(root, '.vscodeignore'), 'utf8');

interface Step {
  id: string; title: string; description: string; completionEvents?: string[];
  media: { image: Record<'light' | 'dark' | 'hc' | 'hcLight', string>; altText: string };
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}

describe('the Get Started walkthrough (package.json)', () => {
  const walkthroughs: { id: string; title: string; description: string; steps: Step[] }[] = manifest.contributes.walkthroughs;
  const [walkthrough] = walkthroughs;
  const steps = walkthrough!.steps;

  it('is one walkthrough with the pinned id and four steps: open the panel, add a person, a talking point, a first note or review', () => {
    assert.equal(walkthroughs.length, 1);
    assert.equal(walkthrough!.id, WALKTHROUGH.id);
    assert.deepEqual(steps.map((s) => s.id), [...WALKTHROUGH.steps]);
    assert.ok(text(walkthrough!.title) && text(walkthrough!.description));
  });

  it('gives every step a localized title and description with a button that runs a contributed command', () => {
    const contributed = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    for (const s of steps) {
      assert.ok(text(s.title), `${s.id} title`);
      const description = text(s.description) ?? '';
      // A line that is only a command link renders as a button.
      const buttons = description.split('\n').filter((l) => /^\[[^\]]+\]\(command:[\w.]+\)$/.test(l));
      assert.ok(buttons.length > 0, `${s.id} has no button`);
      for (const b of buttons) assert.ok(contributed.has(b.match(/command:([\w.]+)/)![1]), `${s.id}: ${b}`);
    }
  });

  it('completes each step on events VS Code knows: a command Two Hats has, or its view shown', () => {
    const commands = new Set<string>([...Object.values(COMMANDS), ...Object.values(INTERNAL_COMMANDS)]);
    for (const s of steps) {
      assert.ok(s.completionEvents?.length, `${s.id} has no completion event`);
      for (const e of s.completionEvents!) {
        const [kind, arg] = [e.slice(0, e.indexOf(':')), e.slice(e.indexOf(':') + 1)];
        if (kind === 'onCommand') assert.ok(commands.has(arg as never), `${s.id}: ${e}`);
        else assert.deepEqual([kind, arg], ['onView', VIEWS.panel], `${s.id}: ${e}`);
      }
    }
    // Each step's own button completes it.
    for (const s of steps) {
      const button = (text(s.description) ?? '').match(/\(command:([\w.]+)\)/)![1];
      assert.ok(s.completionEvents!.includes(`onCommand:${button}`), `${s.id} is not completed by its button`);
    }
  });

  it('has an image per theme (light, dark, high contrast) that ships in the VSIX, small, with localized alt text', () => {
    for (const s of steps) {
      assert.ok(text(s.media.altText), `${s.id} alt text`);
      assert.equal(s.media.image.hcLight, s.media.image.light, 'high-contrast light uses the light image');
      for (const variant of ['light', 'dark', 'hc'] as const) {
        const path = s.media.image[variant];
        assert.equal(path, `media/walkthrough/${s.id}-${variant}.png`);
        const bytes = readFileSync(join(root, path));
        assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', path);
        assert.ok(bytes.length < 40_000, `${path} is ${bytes.length} bytes`);
      }
    }
    assert.match(ignored, /^!media\/walkthrough\/\*\.png$/m);
    const images = new Set(steps.flatMap((s) => Object.values(s.media.image)));
    assert.deepEqual(readdirSync(join(root, 'media', 'walkthrough')).map((f) => `media/walkthrough/${f}`).sort(), [...images].sort(), 'no image ships that no step shows');
  });

  it('is never opened by Two Hats itself (VS Code opens it once, on first install)', () => {
    for (const src of sources(join(root, 'src'))) {
      assert.doesNotMatch(src, /openWalkthrough|showAllWalkthroughs|walkthrough\.open/i);
      assert.doesNotMatch(src, /import[^;]*\bWALKTHROUGH\b/, 'the walkthrough id is a contract, not something the code acts on');
    }
  });
});
