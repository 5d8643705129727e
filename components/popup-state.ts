import type { PageStatus } from '../utils/messages';
import type { Settings } from '../utils/settings-schema';
import { isSiteDisabled } from '../utils/sites';

/** What the popup knows about the tab it describes. */
export type TabView =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'page'; status: PageStatus };

/** The one-glance line at the top of the popup. Pure. */
export function headline(view: TabView, settings: Settings): string {
  if (view.kind === 'loading') return 'Looking at this page…';
  if (view.kind === 'unavailable') return "Can't run on this page";
  if (!settings.enabled) return 'Paused everywhere';
  if (isSiteDisabled(view.status.hostname, settings.disabledSites)) return 'Off on this site';
  if (view.status.state !== 'running') return 'Looking at this page…';
  const n = view.status.mentions.length;
  if (n === 0) return 'No mentions on this page';
  return n === 1 ? '1 mention on this page' : `${n} mentions on this page`;
}
