// Gives a copy of the demo workspace a git history with commits by two people (Priya Raman and
// Sam Okafor) on fixed dates around their 1:1s, so "since the last 1:1" has something to show.
// The demo fixture is not a repository of its own; `npm start` and the browser tests call this
// on their copy. Runs the `git` command line (a script of ours, never the extension), with
// explicit authors, dates and config so the result is the same on every machine.
//
//   import { makeDemoHistory } from './demoGit.mjs';
//   makeDemoHistory('/tmp/two-hats-demo');   // returns false (and says why) when git is missing

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PRIYA = { name: 'Priya Raman', email: 'priya.raman@example.com' };
const SAM = { name: 'Sam Okafor', email: 'sam.okafor@example.com' };
const RETRY = 'src/ingest/retry.ts';

/** The history, oldest first: each step writes files (a function of the final text) and commits as its author. */
function steps(final) {
  const retry = final(RETRY);
  const withoutComment = retry.replace(/\n *\/\/ Every error is retried[^\n]*/, '');
  const threeAttempts = withoutComment.replace('MAX_ATTEMPTS = 5', 'MAX_ATTEMPTS = 3');
  const fixedDelay = threeAttempts.replace("import { backoffDelay } from './backoff';\n", '').replace('await sleep(backoffDelay(attempt));', 'await sleep(1000);');
  return [
    { author: PRIYA, date: '2026-10-20T10:12:00', message: 'Add an in-memory queue for ingest batches',
      files: { '.gitignore': 'notes/\n.vscode/\n', 'README.md': final('README.md'), 'docs/rfc-0042-event-ingestion.md': final('docs/rfc-0042-event-ingestion.md'), 'src/ingest/queue.ts': final('src/ingest/queue.ts') } },
    { author: SAM, date: '2026-11-04T15:40:00', message: 'Retry failed ingest batches', files: { [RETRY]: fixedDelay } },
    { author: PRIYA, date: '2026-11-10T11:05:00', message: 'Back off exponentially with jitter between retries', files: { 'src/ingest/backoff.ts': final('src/ingest/backoff.ts'), [RETRY]: threeAttempts } },
    { author: PRIYA, date: '2026-11-13T09:30:00', message: 'Raise the retry cap to five attempts', files: { [RETRY]: withoutComment } },
    { author: SAM, date: '2026-11-18T16:20:00', message: 'Note that client errors are retried too', files: { [RETRY]: retry } },
  ];
}

function git(folder, args, env = {}) {
  const r = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.autocrlf=false', ...args], {
    cwd: folder, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...env },
  });
  if (r.error || r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

/**
 * Makes `folder` (a copy of test/fixtures/demo) a git repository whose last commit matches the
 * files in it, and turns on twoHats.git.sinceLastOneOnOne in its .vscode/settings.json.
 * Returns false, with a warning, when git is not installed.
 */
export function makeDemoHistory(folder, { settings = true } = {}) {
  if (spawnSync('git', ['--version']).status !== 0) {
    console.warn('git is not installed: the demo has no history, so "since the last 1:1" stays empty.');
    return false;
  }
  if (existsSync(join(folder, '.git'))) return true;
  const final = (path) => readFileSync(join(folder, path), 'utf8');
  const history = steps(final);
  git(folder, ['init', '-q']);
  for (const step of history) {
    for (const [path, text] of Object.entries(step.files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    git(folder, ['add', '--', ...Object.keys(step.files)]);
    const who = { GIT_AUTHOR_NAME: step.author.name, GIT_AUTHOR_EMAIL: step.author.email, GIT_COMMITTER_NAME: step.author.name, GIT_COMMITTER_EMAIL: step.author.email };
    git(folder, ['commit', '-q', '-m', step.message], { ...who, GIT_AUTHOR_DATE: step.date, GIT_COMMITTER_DATE: step.date });
  }
  if (settings) {
    const file = join(folder, '.vscode', 'settings.json');
    const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ ...current, 'twoHats.git.sinceLastOneOnOne': true }, null, 2)}\n`);
  }
  return true;
}
