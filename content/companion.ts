import { mentionAt } from './hit-test';
import { HoverIntent, type Timers } from './hover-intent';
import { mentionsK2 } from './matcher';
import { paint, unpaint } from './painter';
import { measured } from './perf';
import { type Mention, scan } from './scanner';

/** What the companion needs from the card UI (which lives outside the engine). */
export interface CardView {
  show(mention: Mention, details: CardDetails): void;
  hide(): void;
  /** Did this event start inside our card? */
  owns(event: Event): boolean;
}

export interface CardDetails {
  k2OnPage: boolean;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** The mention scrolled out of view. */
  onGone(): void;
}

export interface CompanionHost {
  timers: Timers;
  requestAnimationFrame(callback: () => void): number;
}

export interface CompanionOptions {
  limit: number;
  openDelay: number;
  closeDelay: number;
}

/**
 * The content-script engine for one document: scans, paints, and runs the card's hover
 * behaviour. Listeners are added only once there is a mention, and all go with `stop()`.
 */
export class Companion {
  private mentions: Mention[] = [];
  private highlight: Highlight | undefined;
  private listeners: AbortController | undefined;
  private framePending = false;
  private lastPoint = { x: 0, y: 0 };
  private k2OnPage: boolean | undefined;
  private readonly intent: HoverIntent<Mention>;

  constructor(
    private readonly host: CompanionHost,
    private readonly card: CardView,
    private readonly options: CompanionOptions,
  ) {
    this.intent = new HoverIntent<Mention>({
      openDelay: options.openDelay,
      closeDelay: options.closeDelay,
      timers: host.timers,
      open: (mention) => this.card.show(mention, this.detailsFor()),
      close: () => this.card.hide(),
    });
  }

  get found(): readonly Mention[] {
    return this.mentions;
  }

  /** Scans the whole document and paints what it finds. */
  start(): void {
    this.mentions = measured('scan', () => scan(document, this.options.limit));
    if (this.mentions.length === 0) {
      this.clearPaint();
      return;
    }
    this.highlight = measured('paint', () => paint(this.mentions.map((m) => m.range)));
    this.listen();
  }

  /** Removes every trace: highlights, card, listeners. */
  stop(): void {
    this.intent.closeNow();
    this.listeners?.abort();
    this.listeners = undefined;
    this.mentions = [];
    this.k2OnPage = undefined;
    this.clearPaint();
  }

  private clearPaint(): void {
    if (this.highlight) unpaint();
    this.highlight = undefined;
  }

  private detailsFor(): CardDetails {
    // textContent, not innerText: no layout is forced when a card opens.
    this.k2OnPage ??= mentionsK2(document.body?.textContent ?? '');
    return {
      k2OnPage: this.k2OnPage,
      onPointerEnter: () => this.intent.enterCard(),
      onPointerLeave: () => this.intent.leaveCard(),
      onGone: () => this.intent.closeNow(),
    };
  }

  private listen(): void {
    if (this.listeners) return;
    this.listeners = new AbortController();
    const opts = { capture: true, passive: true, signal: this.listeners.signal };
    window.addEventListener('pointermove', (e) => this.onPointerMove(e), opts);
    window.addEventListener('pointerdown', (e) => this.onPointerDown(e), opts);
    window.addEventListener('pointerup', (e) => this.onTap(e), opts);
    window.addEventListener('keydown', (e) => this.onKeyDown(e), opts);
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType !== 'mouse' || this.card.owns(event)) return;
    this.lastPoint = { x: event.clientX, y: event.clientY };
    // At most one hit test per frame, however fast the pointer moves.
    if (this.framePending) return;
    this.framePending = true;
    this.host.requestAnimationFrame(() => {
      this.framePending = false;
      if (!this.highlight) return;
      const { x, y } = this.lastPoint;
      this.intent.hover(mentionAt(x, y, this.mentions, this.highlight));
    });
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.intent.current && !this.card.owns(event) && !this.mentionUnder(event)) {
      this.intent.closeNow();
    }
  }

  /** Touch and pen have no hover: a tap on a mention opens its card at once. */
  private onTap(event: PointerEvent): void {
    if (event.pointerType === 'mouse' || this.card.owns(event)) return;
    const mention = this.mentionUnder(event);
    if (mention) this.intent.openNow(mention);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.intent.current) this.intent.closeNow();
  }

  private mentionUnder(event: PointerEvent): Mention | undefined {
    return this.highlight
      ? mentionAt(event.clientX, event.clientY, this.mentions, this.highlight)
      : undefined;
  }
}
