/**
 * Sites paused for a while ("Pause on this site for an hour" in the popup): a host and the
 * moment the pause ends, in ms since the epoch. Unlike a site turned off, a pause ends by
 * itself. Pure: the clock is always a parameter. Without imports: the engine reads this too.
 */
export interface PausedSite {
  host: string;
  /** When the extension comes back on this host (epoch ms). */
  until: number;
}

/** How long "Pause on this site for an hour" pauses. */
export const PAUSE_MS = 60 * 60 * 1000;

const hostOf = (hostname: string) => hostname.toLowerCase().replace(/\.$/, '');

/** When the pause on `hostname` ends, if one is still running at `now`. */
export function pausedUntil(
  list: readonly PausedSite[],
  hostname: string,
  now: number,
): number | undefined {
  const host = hostOf(hostname);
  return list.find((p) => p.host === host && p.until > now)?.until;
}

/** The list with `host` paused for an hour from `now` (a running pause starts again), last. */
export function withPause(list: readonly PausedSite[], host: string, now: number): PausedSite[] {
  const key = hostOf(host);
  return [...list.filter((p) => p.host !== key), { host: key, until: now + PAUSE_MS }];
}

/** The list without a pause on `host`: the extension is back there at once. */
export function withoutPause(list: readonly PausedSite[], host: string): PausedSite[] {
  const key = hostOf(host);
  return list.filter((p) => p.host !== key);
}

/** The pauses still running at `now`, the soonest to end first (as a list shows them). */
export function runningPauses(list: readonly PausedSite[], now: number): PausedSite[] {
  return list.filter((p) => p.until > now).sort((a, b) => a.until - b.until);
}
