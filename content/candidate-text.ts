import { MAY_CONTAIN } from './matcher';

/**
 * Longer than anything `MAY_CONTAIN` matches (its longest forms, "vitamín" and "кальциф", have
 * 7 characters): chunks overlap by this much, so a candidate across a cut is still seen.
 */
export const OVERLAP = 16;

/** Characters tested between looks at the clock: about 2 ms of matching. */
export const CHUNK = 1 << 20;

/**
 * Does `text` hold anything `MAY_CONTAIN` matches? A page's whole text can run to megabytes, so
 * it is tested a chunk at a time, with `checkpoint` between chunks to let the page run.
 */
export async function holdsCandidate(
  text: string,
  checkpoint: () => Promise<void>,
  chunk = CHUNK,
): Promise<boolean> {
  for (let at = 0; at < text.length; at += chunk) {
    if (at > 0) await checkpoint();
    if (MAY_CONTAIN.test(text.slice(at, at + chunk + OVERLAP))) return true;
  }
  return false;
}
