import { eachCandidate } from './candidates';
import { BATCH_MS, batchOf, OBSERVED } from './mutations';
import { findShadowRoots, hasCustomElements } from './shadow-roots';
import { Slicer } from './slicer';
import type { PageHost } from './timers';

export interface LookHost extends PageHost {
  /** The look found text that could hold a mention (and has stopped). */
  onFound(): void;
}

/**
 * Most pages never mention vitamin D3, and there this is all the extension does: once the page
 * has loaded, one pass over its text with the prefilter, its shadow roots when it is idle, and
 * the text it adds later. The first text that could hold a mention ends the look and wakes the
 * engine (entrypoints/engine.content), which reads the settings and does the real matching.
 * No matcher, language data, settings, card or highlight style is loaded before that.
 */
export class FirstLook {
  private observer: MutationObserver | undefined;
  private pending: MutationRecord[] = [];
  private timer: number | undefined;
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly host: LookHost) {}

  start(): void {
    this.host.whenLoaded(() => {
      if (this.stopped) return;
      this.observe(document);
      void this.serially(() => this.look(document, 'scan'));
      // Shadow roots later, in idle time; only custom elements can hold one (shadow-roots.ts).
      if (hasCustomElements(document)) {
        this.host.whenIdle(() => void this.serially(() => this.lookInShadows(document)));
      }
    });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.host.timers.clearTimeout(this.timer);
    this.pending = [];
  }

  private serially(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(() => (this.stopped ? undefined : work()));
    return this.queue;
  }

  private observe(root: Node): void {
    this.observer ??= new MutationObserver((records) => this.gather(records));
    this.observer.observe(root, OBSERVED);
  }

  private gather(records: MutationRecord[]): void {
    this.pending.push(...records);
    this.timer ??= this.host.timers.setTimeout(() => {
      this.timer = undefined;
      const batch = this.pending;
      this.pending = [];
      void this.serially(() => this.apply(batch));
    }, BATCH_MS);
  }

  private async apply(records: MutationRecord[]): Promise<void> {
    const batch = batchOf(records);
    const roots = batch.coarse ? [document] : batch.roots;
    for (const root of roots) {
      await this.look(root, 'rescan');
      if (this.stopped) return;
    }
    for (const root of roots) void this.serially(() => this.lookInShadows(root));
  }

  /** Looks under `root` for one candidate; finding it ends the look. */
  private async look(root: Node, pass: string): Promise<void> {
    const slicer = new Slicer(pass);
    let found = false;
    await eachCandidate(root, slicer, () => {
      found = true;
      return true;
    });
    slicer.end();
    if (found) this.found();
  }

  private async lookInShadows(root: Node): Promise<void> {
    const slicer = new Slicer('shadow-scan');
    const pending = await findShadowRoots(root, slicer);
    let found = false;
    for (
      let shadow = pending.shift();
      shadow && !this.stopped && !found;
      shadow = pending.shift()
    ) {
      this.observe(shadow);
      await eachCandidate(shadow, slicer, () => {
        found = true;
        return true;
      });
      pending.push(...(await findShadowRoots(shadow, slicer)));
    }
    slicer.end();
    if (found) this.found();
  }

  private found(): void {
    if (this.stopped) return;
    this.stop();
    this.host.onFound();
  }
}
