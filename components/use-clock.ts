import { useEffect, useState } from 'preact/hooks';

/** The longest a page waits before it looks at the clock again (see content/engine-session.ts). */
const RECHECK_MS = 60_000;

/**
 * The time now, for a view that shows things that end (pauses): the view is drawn again when
 * the soonest of `ends` passes, so a pause that ends while the popup or the options page is
 * open leaves it at once.
 */
export function useClock(ends: readonly number[]): number {
  const [ticks, setTicks] = useState(0);
  const now = Date.now();
  const next = Math.min(...ends.filter((end) => end > now));
  useEffect(() => {
    if (!Number.isFinite(next)) return;
    const id = setTimeout(
      () => setTicks((n) => n + 1),
      Math.min(Math.max(next - Date.now(), 0), RECHECK_MS),
    );
    return () => clearTimeout(id);
  }, [next, ticks]);
  return now;
}
