/**
 * The first look (entrypoints/content) and the engine it wakes (entrypoints/engine.content)
 * are two scripts in the same world: the extension's own, which the page cannot see. The
 * first look leaves this behind for the engine under a private key.
 */
export interface Handoff {
  /** Has the page settled (loaded, and a moment after)? The engine then starts at once. */
  settled: boolean;
  /** Ends what the first look still does: it answers the popup until the engine can. */
  stop(): void;
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
