import type { PageStatus } from '../utils/messages';
import { pausedUntil } from '../utils/paused';
import type { Settings } from '../utils/settings-schema';
import { isSiteDisabled } from '../utils/sites';

/** What the popup knows about the tab it describes. */
export type TabView =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'page'; status: PageStatus };

/** The one-glance line at the top of the popup, as a message of `locales/`. */
export type Headline =
  | { key: 'popup.loading' | 'popup.unavailable' | 'popup.paused' | 'popup.siteOff' }
  | { key: 'popup.found'; count: number }
  | { key: 'popup.pausedOn'; host: string; until: number };

/** Which line the popup shows at `now`. Pure: the words are the locale's. */
export function headline(view: TabView, settings: Settings, now: number): Headline {
  if (view.kind === 'loading') return { key: 'popup.loading' };
  if (view.kind === 'unavailable') return { key: 'popup.unavailable' };
  if (!settings.enabled) return { key: 'popup.paused' };
  const host = view.status.hostname;
  if (isSiteDisabled(host, settings.disabledSites)) return { key: 'popup.siteOff' };
  const until = pausedUntil(settings.pausedSites, host, now);
  if (until !== undefined) return { key: 'popup.pausedOn', host, until };
  if (view.status.state !== 'running') return { key: 'popup.loading' };
  return { key: 'popup.found', count: view.status.mentions.length };
}
