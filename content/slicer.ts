import { measureSince } from './perf';

/**
 * Cuts long work into slices of about `budget` ms that give the main thread back to the page
 * between them, so no task of ours becomes a long task. Each slice is a `d3k2:<name>` measure.
 */

type Scheduler = { yield?: () => Promise<void> };

/** Lets the page run: `scheduler.yield()` where it exists, else a fresh macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export class Slicer {
  private start = performance.now();

  constructor(
    private readonly name: string,
    private readonly budget = 8,
  ) {}

  /** When the slice in progress is spent (`performance.now()`'s clock). */
  deadline(): number {
    return this.start + this.budget;
  }

  /** Call often: when the slice is spent, it is measured and the page gets a turn. */
  async checkpoint(): Promise<void> {
    if (performance.now() - this.start < this.budget) return;
    this.end();
    await yieldToPage();
    this.start = performance.now();
  }

  /** Starts a new slice (after the caller has given the page a turn). */
  restart(): void {
    this.start = performance.now();
  }

  /** Measures the slice in progress; call once the work is done. */
  end(): void {
    measureSince(this.name, this.start);
  }
}
