import type { HighlightStyle, Trigger } from '../utils/choices';
import { mentionAt } from './hit-test';
import { HoverIntent } from './hover-intent';
import { LiveMentions } from './live-mentions';
import { factsOf, type MentionFacts, pageMentionsK2 } from './mention-facts';
import type { Mention } from './scanner';
import type { PageHost } from './timers';

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
  /** What the card says about this mention: a chemical name, a dose beside it. */
  facts: MentionFacts;
  /** Where the pointer was when it opened the card (for a mention that wraps lines). */
  point: { x: number; y: number } | undefined;
  onClose(): void;
  onDisableSite(): void;
  onOpenSettings(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** The mention scrolled out of view or left the page. */
  onGone(): void;
}

export interface CompanionHost extends PageHost {
  /** The card's UI, which lives outside the engine. */
  card: CardView;
  requestAnimationFrame(callback: () => void): number;
  disableSite(): void;
  openSettings(): void;
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
          this.card.show(
            mention,
            this.detailsFor(mention, focus ? undefined : this.lastPoint),
            focus,
          ),
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

  /** A single-page app moved to another view: what the card said may no longer hold. */
  navigated(): void {
    this.close(false);
    this.k2OnPage = undefined;
  }

  private changed(): void {
    this.k2OnPage = undefined;
    const open = this.intent.current;
    if (open && !this.found.includes(open)) this.close(false);
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

  private detailsFor(mention: Mention, point: CardDetails['point']): CardDetails {
    // No layout is forced when a card opens (see pageMentionsK2).
    this.k2OnPage ??= pageMentionsK2(document);
    return {
      k2OnPage: this.k2OnPage,
      facts: factsOf(mention),
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
