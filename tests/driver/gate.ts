// Tests that measure time run alone. The suite runs the two projects side by side (two
// workers); a test tagged @timing asserts how long the extension takes (under 50 ms a task,
// under 200 ms to paint), which the other worker's browser would skew. So: every test holds
// the gate shared, and a @timing test holds it alone. While a @timing test waits or runs, the
// other worker starts nothing new, and the @timing test starts once the other's running test
// has ended. The gate is a directory of files, one per holder, shared by the run's workers.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hold } from './poll';

/** The run's gate: the workers of one `playwright test` share their parent. */
const DIR = path.join(tmpdir(), `d3k2-e2e-gate-${process.ppid}`);
const ALONE = path.join(DIR, 'alone');
const mine = path.join(DIR, `busy-${process.pid}`);

/** Past this, a holder is taken to be gone and the gate is passed anyway (with a warning). */
const PATIENCE_MS = 180_000;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The live process that holds the gate alone, if it is not this one. */
function aloneHolder(): number | null {
  try {
    const pid = Number(readFileSync(ALONE, 'utf8'));
    if (pid === process.pid) return null;
    if (alive(pid)) return pid;
    rmSync(ALONE, { force: true });
  } catch {
    // Nobody holds it alone.
  }
  return null;
}

/** Other live workers with a test running. */
function othersBusy(): number[] {
  return readdirSync(DIR)
    .filter((f) => f.startsWith('busy-'))
    .map((f) => Number(f.slice(5)))
    .filter((pid) => pid !== process.pid && alive(pid));
}

async function waitUntil(done: () => boolean, what: string): Promise<void> {
  const end = Date.now() + PATIENCE_MS;
  while (!done()) {
    if (Date.now() > end) {
      console.warn(`gate: gave up waiting for ${what}; going on`);
      return;
    }
    await hold(50);
  }
}

/** Holds the gate for one test (alone for a @timing test); returns the release. */
export async function enterGate(alone: boolean): Promise<() => void> {
  mkdirSync(DIR, { recursive: true });
  if (!alone) {
    for (;;) {
      await waitUntil(() => aloneHolder() === null, 'a @timing test of the other worker');
      writeFileSync(mine, '');
      if (aloneHolder() === null) break;
      rmSync(mine, { force: true }); // it took the gate meanwhile: let it run first
    }
    return () => rmSync(mine, { force: true });
  }
  await waitUntil(() => {
    if (aloneHolder() !== null) return false;
    try {
      writeFileSync(ALONE, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      return false;
    }
  }, 'the other worker to leave the gate to us');
  await waitUntil(() => othersBusy().length === 0, "the other worker's running test");
  return () => rmSync(ALONE, { force: true });
}

/** At the end of a worker: the gate's directory goes once nobody is in it. */
export function leaveGateDirectory(): void {
  try {
    if (readdirSync(DIR).length === 0) rmSync(DIR, { recursive: true, force: true });
  } catch {
    // Already gone.
  }
}
