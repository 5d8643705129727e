import { COUNT_LIMIT } from '../utils/counts';
import { phraseKey } from '../utils/ignored';
import { BATCH_MS, batchOf, OBSERVED } from './mutations';
import { type HighlightStyle, paint, unpaint } from './painter';
import { measured } from './perf';
import { compareMentions, type Found, type Mention, type ScanRules, scan } from './scanner';
import { findShadowRoots, hasCustomElements } from './shadow-roots';
import { Slicer } from './slicer';
import type { PageHost } from './timers';
import { type ClipMemo, elementOf, isRangeShown } from './visibility';
import { VisibilityWatch } from './visibility-watch';
import { warmUp } from './warm-up';

export interface LiveOptions {
  /** The most mentions highlighted: the first ones, in document order. */
  limit: number;
  style: HighlightStyle;
  /** Phrases not marked here (their keys: see utils/ignored.ts). */
  ignored: readonly string[];
}

/**
 * The most hidden mentions kept to watch, as many as the default cap on painted ones: enough
 * for the menus, tabs and accordions of a long page. Past it a page hiding thousands (a
 * hostile one) costs a look at each as it is scanned, not a watch; and each look again, when
 * something may have shown, stays a few milliseconds.
 */
export const HIDDEN_LIMIT = 200;

export interface LiveHost extends PageHost {
  /** The set of mentions changed (found, added or pruned). */
  onChange(): void;
}

/**
 * The mentions of one document, kept true as the page changes: one MutationObserver (for the
 * document and every open shadow root in it), changes batched, scans time-sliced and run one
 * at a time, and ranges whose text has gone dropped so they keep nothing alive.
 *
 * Every mention a reader can see is counted (up to COUNT_LIMIT), so that the popup and the
 * badge can say "12 mentions · 1 highlighted"; only the first `limit` of them are painted.
 */
export class LiveMentions {
  /** The mentions a reader can see, in document order: counted. */
  mentions: Mention[] = [];
  /** The first `limit` of them: painted, listed, and what the card and "next" reach. */
  painted: Mention[] = [];
  /** Mentions in text the page does not render now: watched, and painted once they show. */
  hidden: Mention[] = [];
  highlight: Highlight | undefined;
  private observer: MutationObserver | undefined;
  private pending: MutationRecord[] = [];
  private timer: number | undefined;
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;
  private ignored: Set<string>;
  private readonly visibility: VisibilityWatch;
  private recheckTimer: number | undefined;
  private toggled: Element[] = [];

  constructor(
    private readonly host: LiveHost,
    private readonly options: LiveOptions,
  ) {
    this.ignored = new Set(options.ignored);
    this.visibility = new VisibilityWatch((toggled) => this.signalled(toggled));
  }

  /** How many shown mentions are kept: all of them to count, the first `limit` to paint. */
  private get countLimit(): number {
    return Math.max(this.options.limit, COUNT_LIMIT);
  }

  private get rules(): ScanRules {
    return {
      limit: this.countLimit,
      hiddenLimit: HIDDEN_LIMIT,
      ignored: (text) => this.ignored.size > 0 && this.ignored.has(phraseKey(text)),
    };
  }

  get ignoredKeys(): string[] {
    return [...this.ignored];
  }

  /**
   * Phrases not to mark from now on: their mentions go at once. A phrase marked again, or
   * room made under the limit, needs the page read again (in the background of the queue).
   */
  setIgnored(keys: readonly string[]): void {
    const next = new Set(keys);
    const restored = [...this.ignored].some((key) => !next.has(key));
    this.ignored = next;
    const full = this.mentions.length >= this.countLimit;
    const goes = (m: Mention) => next.has(phraseKey(m.text));
    const dropped = this.mentions.filter(goes);
    this.hidden = this.hidden.filter((m) => !goes(m));
    if (dropped.length > 0) {
      this.mentions = this.mentions.filter((m) => !goes(m));
      this.painting(() => this.syncPaint());
      this.watchHidden();
      this.host.onChange();
    }
    if (restored || (full && dropped.length > 0)) void this.serially(() => this.scanAll());
  }

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
    const added: Found = { shown: [], hidden: [] };
    const pending = await findShadowRoots(root, slicer);
    // Most calls find no shadow root: only then is this worth building.
    const known =
      pending.length > 0
        ? new Set(
            [...this.mentions, ...this.hidden].map((m) => m.range.startContainer.getRootNode()),
          )
        : undefined;
    for (let shadow = pending.shift(); shadow && !this.stopped; shadow = pending.shift()) {
      this.observe(shadow);
      if (!known?.has(shadow)) this.gain(added, await scan(shadow, this.room(added), slicer));
      pending.push(...(await findShadowRoots(shadow, slicer)));
    }
    slicer.end();
    if (this.stopped) return;
    this.hidden = [...this.hidden, ...added.hidden].sort(compareMentions);
    this.watchHidden();
    if (added.shown.length === 0) return;
    this.mentions = [...this.mentions, ...added.shown].sort(compareMentions);
    this.painting(() => this.syncPaint());
    this.host.onChange();
  }

  /** What a scan may still find, beside what is kept and what was added in this pass. */
  private room(
    added: Found,
    kept: Found = { shown: this.mentions, hidden: this.hidden },
  ): ScanRules {
    return {
      ...this.rules,
      limit: this.countLimit - kept.shown.length - added.shown.length,
      hiddenLimit: Math.max(0, HIDDEN_LIMIT - kept.hidden.length - added.hidden.length),
    };
  }

  private gain(into: Found, found: Found): void {
    into.shown.push(...found.shown);
    into.hidden.push(...found.hidden);
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.visibility.stop();
    this.host.timers.clearTimeout(this.timer);
    this.host.timers.clearTimeout(this.recheckTimer);
    this.pending = [];
    this.mentions = [];
    this.painted = [];
    this.hidden = [];
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
    const found = await scan(document, this.rules, slicer);
    // Shadow roots later, in idle time: the light DOM, where nearly all text is, comes first.
    // Only custom elements can hold one we look for (see findShadowRoots); most pages have
    // none, and those added later are looked at when they arrive.
    if (hasCustomElements(document)) {
      this.host.whenIdle(() => void this.serially(() => this.scanShadows(document)));
    }
    slicer.end();
    if (this.stopped) return;
    this.mentions = found.shown;
    this.hidden = found.hidden;
    this.painting(() => {
      // The whole page again: what was painted goes (a page that never had a mention never
      // touches CSS.highlights), and what was found is painted afresh.
      if (this.highlight) unpaint();
      this.highlight = undefined;
      this.painted = [];
      this.syncPaint();
    });
    this.watchHidden();
    this.host.onChange();
  }

  private async apply(records: MutationRecord[]): Promise<void> {
    const batch = batchOf(records);
    if (batch.coarse) return this.scanAll();
    if (batch.roots.length === 0 && !batch.removals) return;

    // Drop what lies in a subtree about to be scanned again (edited text is always in one),
    // and, when something left the page, what went with it.
    const stays = (m: Mention) =>
      (!batch.removals || isLive(m)) &&
      !batch.roots.some((root) => root.contains(m.range.startContainer));
    const kept: Found = { shown: this.mentions.filter(stays), hidden: this.hidden.filter(stays) };
    const dropped = this.mentions.length - kept.shown.length;

    const slicer = new Slicer('rescan');
    const added: Found = { shown: [], hidden: [] };
    for (const root of batch.roots) {
      const rules = this.room(added, kept);
      if (rules.limit <= 0) break;
      this.gain(added, await scan(root, rules, slicer));
    }
    slicer.end();
    if (this.stopped) return;
    // New content may bring new shadow hosts; such subtrees are small, so look now.
    for (const root of batch.roots) void this.serially(() => this.scanShadows(root));

    this.mentions = [...kept.shown, ...added.shown].sort(compareMentions);
    this.hidden = [...kept.hidden, ...added.hidden].sort(compareMentions);
    this.painting(() => this.syncPaint());
    this.watchHidden();
    if (dropped > 0 || added.shown.length > 0) {
      this.host.onChange();
    }
  }

  /** Watches the hidden mentions' elements (nothing at all while there are none). */
  private watchHidden(): void {
    const elements = new Set<Element>();
    for (const m of this.hidden) {
      const el = elementOf(m.range.startContainer);
      if (el) elements.add(el);
    }
    this.visibility.watch([...elements]);
    if (this.mentions.length > 0 || this.hidden.length > 0) this.visibility.listenForToggles();
  }

  /** Something may have shown or hidden text: look again once the page's burst is over. */
  private signalled(toggled?: Element): void {
    if (toggled) this.toggled.push(toggled);
    this.recheckTimer ??= this.host.timers.setTimeout(() => {
      this.recheckTimer = undefined;
      const toggledNow = this.toggled;
      this.toggled = [];
      void this.serially(async () => this.recheck(toggledNow));
    }, BATCH_MS);
  }

  /**
   * Hidden mentions that show now are painted (while under the limit); painted ones in a
   * <details> or popover that closed, or that the reader is sent to, are taken off when they
   * no longer show.
   */
  recheck(toggled: readonly Element[] = [], also: readonly Mention[] = []): void {
    measured('visibility', () => {
      const memo: ClipMemo = new Map();
      const suspect = (m: Mention) =>
        also.includes(m) || toggled.some((el) => el.contains(m.range.startContainer));
      const demoted = this.mentions.filter(
        (m) => suspect(m) && (!isLive(m) || !isRangeShown(m.range, memo)),
      );
      const gone = new Set(demoted);
      let shown = this.mentions.filter((m) => !gone.has(m));
      const stillHidden: Mention[] = [];
      const promoted: Mention[] = [];
      for (const m of this.hidden) {
        if (!isLive(m)) continue;
        if (shown.length + promoted.length < this.countLimit && isRangeShown(m.range, memo)) {
          promoted.push(m);
        } else stillHidden.push(m);
      }
      for (const m of demoted) if (isLive(m)) stillHidden.push(m);
      if (
        promoted.length === 0 &&
        demoted.length === 0 &&
        stillHidden.length === this.hidden.length
      )
        return;
      shown = [...shown, ...promoted].sort(compareMentions);
      this.mentions = shown;
      this.hidden = stillHidden.sort(compareMentions);
      this.painting(() => this.syncPaint());
      this.watchHidden();
      if (promoted.length > 0 || demoted.length > 0) this.host.onChange();
    });
  }

  /** Paint work, measured. */
  private painting(work: () => void): void {
    measured('paint', work);
  }

  /** Paints the first `limit` mentions, changing only what changed among them. */
  private syncPaint(): void {
    const next = this.mentions.slice(0, this.options.limit);
    const kept = new Set(next);
    const before = new Set(this.painted);
    const dropped = this.painted.filter((m) => !kept.has(m));
    const added = next.filter((m) => !before.has(m));
    this.painted = next;
    this.repaint(dropped, added);
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
