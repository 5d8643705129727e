import type { CompanionOptions } from '../../content/companion';
import { ignoredOn } from '../../utils/ignored';
import type { Settings } from '../../utils/settings';
import { isSiteDisabled } from '../../utils/sites';

const CLOSE_DELAY_MS = 300;

/** What the engine should do on `hostname` under these settings: undefined means stay off. */
export function engineOptions(settings: Settings, hostname: string): CompanionOptions | undefined {
  if (!settings.enabled || isSiteDisabled(hostname, settings.disabledSites)) return undefined;
  return {
    limit: settings.which === 'first' ? 1 : settings.maxHighlights,
    openDelay: settings.hoverDelay,
    closeDelay: CLOSE_DELAY_MS,
    style: settings.style,
    trigger: settings.trigger,
    ignored: ignoredOn(settings.ignored, hostname),
  };
}
