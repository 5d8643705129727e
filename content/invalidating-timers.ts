/**
 * Timers, frames and idle callbacks that stop when the content script's context goes (the
 * extension reloaded, updated or removed), as WXT's `ctx.setTimeout` and friends do. Those add
 * an `abort` listener per call and never remove it: a page with a live feed, batching its
 * changes every 40 ms for hours, or a pointer asking for a frame per move, kept one closure
 * per call until the tab closed. Here each pending id is forgotten once it has run.
 */
export interface InvalidatingContext {
  readonly isValid: boolean;
  onInvalidated(cb: () => void): void;
}

export interface ContextTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
  requestAnimationFrame(fn: () => void): number;
  requestIdleCallback(fn: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
}

export function contextTimers(ctx: InvalidatingContext): ContextTimers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  const idles = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of timeouts) clearTimeout(id);
    for (const id of frames) cancelAnimationFrame(id);
    for (const id of idles) cancelIdleCallback(id);
    timeouts.clear();
    frames.clear();
    idles.clear();
  });
  return {
    setTimeout(fn, ms) {
      const id = window.setTimeout(() => {
        timeouts.delete(id);
        if (ctx.isValid) fn();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      if (id === undefined) return;
      timeouts.delete(id);
      clearTimeout(id);
    },
    requestAnimationFrame(fn) {
      const id = requestAnimationFrame(() => {
        frames.delete(id);
        if (ctx.isValid) fn();
      });
      frames.add(id);
      return id;
    },
    requestIdleCallback(fn, options) {
      const id = requestIdleCallback((deadline) => {
        idles.delete(id);
        if (ctx.isValid) fn(deadline);
      }, options);
      idles.add(id);
      return id;
    },
  };
}
