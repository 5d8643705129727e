import type { HighlightStyle, Trigger } from '../utils/choices';
import { cleanPhrase, phraseKey } from '../utils/ignored';
import { mentionAt } from './hit-test';
import { HoverIntent } from './hover-intent';
import { LiveMentions } from './live-mentions';
import { mentionsK2 } from './matcher';
import type { Mention } from './scanner';
import type { PageHost } from './timers';
import { isRangeShown } from './visibility';

/** What the companion needs from the card UI (which lives outside the engine). */
export interface CardView {
  /** `focus`: move focus into the card (keyboard use); never done for hover or tap. */
  show(mention: Mention, details: CardDetails, focus: boolean): void;
  /** `restoreFocus`: give focus back to where it was before the card took it. */
  hide(restoreFocus: boolean): void;
  /** Did this event start inside our card? */
  owns(event: Event): boolean;
}

export interface CardDetails {
  k2OnPage: boolean;
  /** Where the pointer was when it opened the card (for a mention that wraps lines). */
  point: { x: number; y: number } | undefined;
  onClose(): void;
  onDisableSite(): void;
  onOpenSettings(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** The mention scrolled out of view or left the page. */
  onGone(): void;
  /** "Not vitamin D3 here": absent where the page has no host to remember it by. */
  notHere?: NotHereDetails;
}

/** The card's remedy for a wrong highlight: stop marking this phrase on this site. */
export interface NotHereDetails {
  /** The mention as the reader saw it ("D3"), and the site. */
  phrase: string;
  host: string;
  /** New for each card opened: the card's own state (done, or not yet) starts afresh. */
  id: number;
  /** Stops marking the phrase here: its highlights go, the card stays to say so. */
  onNotHere(): void;
  /** Marks it again; the card closes. */
  onUndo(): void;
}

export interface CompanionHost extends PageHost {
  /** The card's UI, which lives outside the engine. */
  card: CardView;
  requestAnimationFrame(callback: () => void): number;
  disableSite(): void;
  openSettings(): void;
  /** Remembers that `phrase` is (or, `on` false, is again) not vitamin D3 on this site. */
  ignorePhrase(phrase: string, on: boolean): void;
  /** The site the phrase is remembered for; empty where there is none (a file). */
  hostname(): string;
  /** The number of mentions changed (for the badge). */
  onCount(count: number): void;
  /**
   * Is the extension behind us still there? False once it was reloaded, updated or removed;
   * asking also stops this instance then (see entrypoints/content/index.ts).
   */
  alive(): boolean;
}

export interface CompanionOptions {
  limit: number;
  openDelay: number;
  closeDelay: number;
  style: HighlightStyle;
  /** What opens the card with a mouse (touch and pen always tap). */
  trigger: Trigger;
  /** The keys of phrases not marked on this site (utils/ignored.ts); changed without a restart. */
  ignored: string[];
}

/**
 * The content-script engine for one document: scans, paints, and runs the card's behaviour.
 * Listeners are added only once there is a mention, and all go with `stop()`.
 */
export class Companion {
  private readonly live: LiveMentions;
  private listeners: AbortController | undefined;
  private framePending = false;
  private lastPoint = { x: 0, y: 0 };
  private k2OnPage: boolean | undefined;
  private readonly intent: HoverIntent<Mention>;
  /** The mention whose card says it is no longer marked: it stays open though not found. */
  private notHereOpen: Mention | undefined;
  private cardsOpened = 0;

  private readonly card: CardView;

  constructor(
    private readonly host: CompanionHost,
    private readonly options: CompanionOptions,
  ) {
    this.card = host.card;
    this.live = new LiveMentions(
      {
        timers: host.timers,
        whenIdle: (work) => host.whenIdle(work),
        whenLoaded: (work) => host.whenLoaded(work),
        onChange: () => this.changed(),
      },
      options,
    );
    this.intent = new HoverIntent<Mention>(
      {
        timers: host.timers,
        // A card the keyboard opened is placed by its mention, not by the pointer.
        open: (mention, focus) =>
          this.card.show(mention, this.detailsFor(focus ? undefined : this.lastPoint), focus),
        close: (restoreFocus) => this.card.hide(restoreFocus),
      },
      options,
    );
  }

  get found(): readonly Mention[] {
    return this.live.mentions;
  }

  private get highlight(): Highlight | undefined {
    return this.live.highlight;
  }

  /** Scans the document (in slices) and keeps up with it from then on. */
  start(): Promise<void> {
    return this.live.start();
  }

  /** Removes every trace: highlights, card, listeners, the observer. */
  stop(): void {
    this.close(false);
    this.listeners?.abort();
    this.listeners = undefined;
    this.k2OnPage = undefined;
    this.live.stop();
  }

  /**
   * New settings: true when this engine took them as it runs (only the phrases not marked
   * differ), false when it must be made again.
   */
  adjust(options: CompanionOptions): boolean {
    const { ignored, ...rest } = options;
    const { ignored: _current, ...running } = this.options;
    if (JSON.stringify(rest) !== JSON.stringify(running)) return false;
    this.live.setIgnored(ignored);
    return true;
  }

  /** A single-page app moved to another view: what the card said may no longer hold. */
  navigated(): void {
    this.close(false);
    this.k2OnPage = undefined;
  }

  private changed(): void {
    this.k2OnPage = undefined;
    const open = this.intent.current;
    if (open && open !== this.notHereOpen && !this.found.includes(open)) this.close(false);
    // Listeners only once there is something to listen for.
    if (this.found.length > 0) this.listen();
    this.host.onCount(this.found.length);
  }

  /** The keyboard command: scroll to the next mention, open its card and focus it. */
  focusNext(): void {
    const next = this.nextMention();
    if (next) this.reveal(next);
  }

  /** From the popup's list: scroll to mention `index`, open its card and focus it. */
  show(index: number): void {
    const mention = this.found[index];
    if (mention) this.reveal(mention);
  }

  private reveal(mention: Mention): void {
    // The page may have hidden it since the list was made: a card pinned to nothing.
    if (!isRangeShown(mention.range)) {
      this.live.recheck([], [mention]);
      return;
    }
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.open(mention, true);
  }

  private open(mention: Mention, focus: boolean): void {
    this.intent.openNow(mention, focus);
  }

  private close(restoreFocus: boolean): void {
    this.intent.closeNow(restoreFocus);
  }

  /** After the open card's mention; with none open, the first mention not above the view. */
  private nextMention(): Mention | undefined {
    const current = this.intent.current;
    if (current) {
      const i = this.found.indexOf(current);
      return this.found[(i + 1) % this.found.length];
    }
    return this.found.find((m) => m.range.getBoundingClientRect().bottom > 0) ?? this.found[0];
  }

  private detailsFor(point: CardDetails['point']): CardDetails {
    // textContent, not innerText: no layout is forced when a card opens.
    this.k2OnPage ??= mentionsK2(document.body?.textContent ?? '');
    return {
      k2OnPage: this.k2OnPage,
      point,
      onClose: () => this.close(true),
      onDisableSite: () => {
        this.close(true);
        this.host.disableSite();
      },
      onOpenSettings: () => this.host.openSettings(),
      onPointerEnter: () => this.intent.enterCard(),
      // A card opened by a click stays until Escape or a click elsewhere.
      onPointerLeave: () => {
        if (this.options.trigger === 'hover') this.intent.leaveCard();
      },
      onGone: () => this.close(false),
      notHere: this.notHereFor(),
    };
  }

  private notHereFor(): NotHereDetails | undefined {
    const host = this.host.hostname();
    // Asked as a card opens: the intent has just chosen its mention.
    const mention = this.intent.current;
    this.notHereOpen = undefined;
    if (!host || !mention) return undefined;
    const phrase = cleanPhrase(mention.text);
    return {
      phrase,
      host,
      id: ++this.cardsOpened,
      onNotHere: () => {
        this.notHereOpen = mention;
        this.host.ignorePhrase(phrase, true);
        this.live.setIgnored([...this.live.ignoredKeys, phraseKey(phrase)]);
      },
      onUndo: () => {
        this.notHereOpen = undefined;
        this.host.ignorePhrase(phrase, false);
        const key = phraseKey(phrase);
        this.live.setIgnored(this.live.ignoredKeys.filter((k) => k !== key));
        this.close(true);
      },
    };
  }

  private listen(): void {
    if (this.listeners) return;
    this.listeners = new AbortController();
    const opts = { capture: true, passive: true, signal: this.listeners.signal };
    // Synthetic events from page scripts are ignored: only the user drives the card.
    const on = <K extends keyof WindowEventMap>(
      type: K,
      handler: (event: WindowEventMap[K]) => void,
    ) => window.addEventListener(type, (e) => e.isTrusted && this.host.alive() && handler(e), opts);
    on('pointermove', (e) => this.onPointerMove(e));
    on('pointerdown', (e) => this.onPointerDown(e));
    on('pointerup', (e) => this.onTap(e));
    on('keydown', (e) => this.onKeyDown(e));
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType !== 'mouse' || this.options.trigger !== 'hover') return;
    if (this.card.owns(event)) return;
    this.lastPoint = { x: event.clientX, y: event.clientY };
    // At most one hit test per frame, however fast the pointer moves.
    if (this.framePending) return;
    this.framePending = true;
    this.host.requestAnimationFrame(() => {
      this.framePending = false;
      if (!this.highlight) return;
      const { x, y } = this.lastPoint;
      this.intent.hover(mentionAt(x, y, this.found, this.highlight));
    });
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.intent.current && !this.card.owns(event) && !this.mentionUnder(event)) {
      this.close(false);
    }
  }

  /** Touch and pen have no hover, so a tap opens the card; so does a click in click mode. */
  private onTap(event: PointerEvent): void {
    const mouse = event.pointerType === 'mouse';
    if (mouse && (this.options.trigger !== 'click' || event.button !== 0)) return;
    if (this.card.owns(event)) return;
    const mention = this.mentionUnder(event);
    if (!mention) return;
    this.lastPoint = { x: event.clientX, y: event.clientY };
    this.open(mention, false);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.intent.current) this.close(true);
  }

  private mentionUnder(event: PointerEvent): Mention | undefined {
    return this.highlight
      ? mentionAt(event.clientX, event.clientY, this.found, this.highlight)
      : undefined;
  }
}
