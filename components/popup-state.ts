import { someUnmarked, sumTallies } from '../utils/counts';
import type { PageStatus } from '../utils/messages';
import { pausedUntil } from '../utils/paused';
import type { Settings } from '../utils/settings-schema';
import { isSiteDisabled } from '../utils/sites';

/** One frame's answer: the top frame is 0. */
export interface FrameStatus {
  frameId: number;
  status: PageStatus;
}

/** What the popup knows about the tab it describes. */
export type TabView =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  /** `status`: the top frame's, which speaks for the site; `frames`: the others with mentions. */
  | { kind: 'page'; status: PageStatus; frames: FrameStatus[] };

/** The one-glance line at the top of the popup, as a message of `locales/`. */
export type Headline =
  | { key: 'popup.loading' | 'popup.unavailable' | 'popup.paused' | 'popup.siteOff' }
  | { key: 'popup.found'; count: number }
  /** Some mentions are not highlighted ("only the first", or past the cap): both numbers. */
  | { key: 'popup.foundSome'; found: number; highlighted: number; capped: boolean }
  | { key: 'popup.pausedOn'; host: string; until: number };

/** A listed mention: which frame it is in, and its index there. */
export interface Listed {
  frameId: number;
  index: number;
  mention: PageStatus['mentions'][number];
}

/** Every frame that answers for the tab, the top one first. */
function allFrames(view: Extract<TabView, { kind: 'page' }>): FrameStatus[] {
  return [{ frameId: 0, status: view.status }, ...view.frames];
}

/** Which line the popup shows at `now`. Pure: the words are the locale's. */
export function headline(view: TabView, settings: Settings, now: number): Headline {
  if (view.kind === 'loading') return { key: 'popup.loading' };
  if (view.kind === 'unavailable') return { key: 'popup.unavailable' };
  if (!settings.enabled) return { key: 'popup.paused' };
  const host = view.status.hostname;
  if (isSiteDisabled(host, settings.disabledSites)) return { key: 'popup.siteOff' };
  const until = pausedUntil(settings.pausedSites, host, now);
  if (until !== undefined) return { key: 'popup.pausedOn', host, until };
  const running = allFrames(view).filter((f) => f.status.state === 'running');
  if (view.status.state !== 'running' && running.length === 0) return { key: 'popup.loading' };
  const tally = sumTallies(
    running.map(({ status }) => ({
      found: Math.max(status.found, status.mentions.length),
      highlighted: status.mentions.length,
    })),
  );
  if (!someUnmarked(tally)) return { key: 'popup.found', count: tally.highlighted };
  return { key: 'popup.foundSome', ...tally };
}

/** The highlighted mentions of every frame, the top frame's first, as the popup lists them. */
export function listed(view: TabView): Listed[] {
  if (view.kind !== 'page') return [];
  return allFrames(view).flatMap(({ frameId, status }) =>
    status.state === 'running'
      ? status.mentions.map((mention, index) => ({ frameId, index, mention }))
      : [],
  );
}
