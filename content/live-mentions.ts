import { BATCH_MS, batchOf, OBSERVED } from './mutations';
import { type HighlightStyle, paint, unpaint } from './painter';
import { measured } from './perf';
import { compareMentions, type Mention, scan } from './scanner';
import { findShadowRoots, hasCustomElements } from './shadow-roots';
import { Slicer } from './slicer';
import type { PageHost } from './timers';
import { warmUp } from './warm-up';

export interface LiveOptions {
  limit: number;
  style: HighlightStyle;
}

export interface LiveHost extends PageHost {
  /** The set of mentions changed (found, added or pruned). */
  onChange(): void;
}

/**
 * The mentions of one document, kept true as the page changes: one MutationObserver (for the
 * document and every open shadow root in it), changes batched, scans time-sliced and run one
 * at a time, and ranges whose text has gone dropped so they keep nothing alive.
 */
export class LiveMentions {
  mentions: Mention[] = [];
  highlight: Highlight | undefined;
  private observer: MutationObserver | undefined;
  private pending: MutationRecord[] = [];
  private timer: number | undefined;
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly host: LiveHost,
    private readonly options: LiveOptions,
  ) {}

  /** The first scan waits for the loaded page (see page-settled.ts); it then sees all of it. */
  start(): Promise<void> {
    return new Promise((resolve) =>
      this.host.whenLoaded(() => {
        if (!this.stopped) this.observe(document);
        resolve(this.serially(() => this.scanAll()));
      }),
    );
  }

  /**
   * Shadow roots under `root`: watched from now on, and their mentions added. A rescan of a
   * block reaches the shadow roots inside it again, and a whole-page rescan's idle pass can
   * follow another: a root that already has mentions is kept up by its own observer, so it
   * is not scanned again (that painted its mentions twice).
   */
  private async scanShadows(root: Node): Promise<void> {
    const slicer = new Slicer('shadow-scan');
    const added: Mention[] = [];
    const pending = await findShadowRoots(root, slicer);
    // Most calls find no shadow root: only then is this worth building.
    const known =
      pending.length > 0
        ? new Set(this.mentions.map((m) => m.range.startContainer.getRootNode()))
        : undefined;
    for (let shadow = pending.shift(); shadow && !this.stopped; shadow = pending.shift()) {
      this.observe(shadow);
      const room = this.options.limit - this.mentions.length - added.length;
      if (room > 0 && !known?.has(shadow)) added.push(...(await scan(shadow, room, slicer)));
      pending.push(...(await findShadowRoots(shadow, slicer)));
    }
    slicer.end();
    if (this.stopped || added.length === 0) return;
    this.mentions = [...this.mentions, ...added].sort(compareMentions);
    this.painting(() => this.repaint([], added));
    this.host.onChange();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.host.timers.clearTimeout(this.timer);
    this.pending = [];
    this.mentions = [];
    if (this.highlight) unpaint();
    this.highlight = undefined;
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

  private async scanAll(): Promise<void> {
    await warmUp();
    const slicer = new Slicer('scan');
    const found = await scan(document, this.options.limit, slicer);
    // Shadow roots later, in idle time: the light DOM, where nearly all text is, comes first.
    // Only custom elements can hold one we look for (see findShadowRoots); most pages have
    // none, and those added later are looked at when they arrive.
    if (hasCustomElements(document)) {
      this.host.whenIdle(() => void this.serially(() => this.scanShadows(document)));
    }
    slicer.end();
    if (this.stopped) return;
    this.mentions = found;
    this.painting(() => {
      // The whole page again: what was painted goes (a page that never had a mention never
      // touches CSS.highlights), and what was found is painted afresh.
      if (this.highlight) unpaint();
      this.highlight = undefined;
      this.repaint([], found);
    });
    this.host.onChange();
  }

  private async apply(records: MutationRecord[]): Promise<void> {
    const batch = batchOf(records);
    if (batch.coarse) return this.scanAll();
    if (batch.roots.length === 0 && !batch.removals) return;

    // Drop what lies in a subtree about to be scanned again (edited text is always in one),
    // and, when something left the page, what went with it.
    const kept = this.mentions.filter(
      (m) =>
        (!batch.removals || isLive(m)) &&
        !batch.roots.some((root) => root.contains(m.range.startContainer)),
    );
    const keptSet = new Set(kept);
    const dropped = this.mentions.filter((m) => !keptSet.has(m));

    const slicer = new Slicer('rescan');
    const added: Mention[] = [];
    for (const root of batch.roots) {
      const room = this.options.limit - kept.length - added.length;
      if (room <= 0) break;
      added.push(...(await scan(root, room, slicer)));
    }
    slicer.end();
    if (this.stopped) return;
    // New content may bring new shadow hosts; such subtrees are small, so look now.
    for (const root of batch.roots) void this.serially(() => this.scanShadows(root));

    this.mentions = [...kept, ...added].sort(compareMentions);
    this.painting(() => this.repaint(dropped, added));
    if (dropped.length > 0 || added.length > 0) {
      this.host.onChange();
    }
  }

  /** Paint work, measured. */
  private painting(work: () => void): void {
    measured('paint', work);
  }

  private repaint(dropped: Mention[], added: Mention[]): void {
    if (!this.highlight) {
      if (added.length > 0)
        this.highlight = paint(
          added.map((m) => m.range),
          this.options.style,
        );
      return;
    }
    for (const m of dropped) this.highlight.delete(m.range);
    for (const m of added) this.highlight.add(m.range);
  }
}

/**
 * Still on the page with the same text? A Range whose text node is removed collapses onto
 * the parent, and edited text no longer reads as the mention.
 */
function isLive(m: Mention): boolean {
  return !m.range.collapsed && m.range.startContainer.isConnected && m.range.toString() === m.text;
}
