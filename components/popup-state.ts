import type { PageStatus } from '../utils/messages';
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
  | { key: 'popup.found'; count: number };

/** Which line the popup shows. Pure: the words are the locale's. */
export function headline(view: TabView, settings: Settings): Headline {
  if (view.kind === 'loading') return { key: 'popup.loading' };
  if (view.kind === 'unavailable') return { key: 'popup.unavailable' };
  if (!settings.enabled) return { key: 'popup.paused' };
  if (isSiteDisabled(view.status.hostname, settings.disabledSites)) return { key: 'popup.siteOff' };
  if (view.status.state !== 'running') return { key: 'popup.loading' };
  return { key: 'popup.found', count: view.status.mentions.length };
}
