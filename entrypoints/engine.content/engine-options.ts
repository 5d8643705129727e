import type { CompanionOptions } from '../../content/companion';
import { ignoredOn } from '../../utils/ignored';
import { pausedUntil } from '../../utils/paused';
import type { Settings } from '../../utils/settings';
import { isSiteDisabled } from '../../utils/sites';

const CLOSE_DELAY_MS = 300;

/**
 * What the engine should do on `hostname` under these settings at `now`: undefined means
 * stay off (paused everywhere, off on this site, or paused here for now).
 */
export function engineOptions(
  settings: Settings,
  hostname: string,
  now: number,
): CompanionOptions | undefined {
  if (
    !settings.enabled ||
    isSiteDisabled(hostname, settings.disabledSites) ||
    pausedUntil(settings.pausedSites, hostname, now) !== undefined
  )
    return undefined;
  return {
    limit: settings.which === 'first' ? 1 : settings.maxHighlights,
    openDelay: settings.hoverDelay,
    closeDelay: CLOSE_DELAY_MS,
    style: settings.style,
    trigger: settings.trigger,
    ignored: ignoredOn(settings.ignored, hostname),
  };
}

/**
 * When the engine comes back on `hostname` by itself, with no change of settings: the end of
 * a pause here, when the pause alone keeps it off at `now`. Undefined: not by itself.
 */
export function resumesAt(settings: Settings, hostname: string, now: number): number | undefined {
  if (!settings.enabled || isSiteDisabled(hostname, settings.disabledSites)) return undefined;
  return pausedUntil(settings.pausedSites, hostname, now);
}
