import type { PageStatus } from '../utils/messages';

/**
 * The first look (entrypoints/first-look.ts) and the engine it wakes
 * (entrypoints/engine.content) are two scripts in the same world: the extension's own, which
 * the page cannot see. The first look leaves this under a private key as it starts; the engine
 * takes it. Until then it is also how the popup learns that the first look runs in a frame
 * (`lookingStatus`): the first look keeps no message listener, as a page without mentions
 * would pay for the extension API's setting up.
 */
export interface Handoff {
  /** Has the page settled (loaded, and a moment after)? The engine then starts at once. */
  settled: boolean;
}

const KEY = Symbol.for('d3k2.first-look');
type Holder = { [KEY]?: Handoff };

export function leaveHandoff(handoff: Handoff): void {
  (globalThis as Holder)[KEY] = handoff;
}

export function takeHandoff(): Handoff | undefined {
  const holder = globalThis as Holder;
  const handoff = holder[KEY];
  delete holder[KEY];
  return handoff;
}

/**
 * Run in a frame by the popup (`scripting.executeScript`, in the extension's world) when no
 * engine answered it: the status of a frame whose first look is still looking, or null where
 * none runs (a page loaded before the extension was). Self-contained: the browser sends its
 * source alone, so it names the key itself.
 */
export function lookingStatus(): PageStatus | null {
  return Symbol.for('d3k2.first-look') in globalThis
    ? { state: 'running', hostname: location.hostname, found: 0, mentions: [] }
    : null;
}
