import type { Timers } from './timers';

/** What a hover intent drives: timers, and the card it opens and closes. */
export interface HoverIntentHost<T> {
  timers: Timers;
  /** `by`: what opened it; only for `keyboard` does focus go into the card. */
  open(target: T, by: Opener): void;
  /** `restoreFocus`: give focus back to where it was before the card took it. */
  close(restoreFocus: boolean): void;
}

export interface HoverIntentOptions {
  openDelay: number;
  closeDelay: number;
}

/**
 * What opened a card. `keyboard`: the command or the popup, and focus goes into the card;
 * `focus`: the reader tabbed onto an element holding the mention, and focus stays there.
 */
export type Opener = 'pointer' | 'keyboard' | 'focus';

/**
 * How far (px) the pointer must travel before it counts as moved: a hand resting on a mouse
 * jitters by a pixel or two, and a card appearing under a still pointer moves nothing.
 */
export const POINTER_SLOP = 4;

type Point = { x: number; y: number };

/**
 * Wikipedia-style hover intent: open after a dwell, survive the trip from the mention into the
 * card, close a moment after the pointer has left both. Knows nothing of the DOM.
 *
 * Opening by pointer is held off while a mouse button is down and for a quiet spell after a
 * selection (the reader is selecting, not asking). A card opened without the pointer (the
 * keyboard, the popup, focus) ignores the pointer until it really moves: a card that appears
 * or moves under a resting pointer makes the browser send boundary events that mean nothing.
 */
export class HoverIntent<T> {
  private hovered: T | undefined;
  private shown: T | undefined;
  private shownBy: Opener = 'pointer';
  private overCard = false;
  private openTimer: number | undefined;
  private pending: Opener | undefined;
  private closeTimer: number | undefined;
  private pressed = false;
  private quietTimer: number | undefined;
  private lastPoint: Point | undefined;
  /** Where the pointer rested when a card opened without it (null: not known yet). */
  private restingAt: Point | null | undefined;

  constructor(
    private readonly host: HoverIntentHost<T>,
    private readonly options: HoverIntentOptions,
  ) {}

  get current(): T | undefined {
    return this.shown;
  }

  /** Is opening by pointer held off (a button down, or just after a selection)? */
  get held(): boolean {
    return this.pressed || this.quietTimer !== undefined;
  }

  /**
   * The pointer is at (x, y). False while it has not really moved since a card opened
   * without it: then the pointer's events are to be ignored.
   */
  pointerAt(x: number, y: number): boolean {
    this.lastPoint = { x, y };
    if (this.restingAt === undefined) return true;
    if (this.restingAt === null) {
      this.restingAt = { x, y };
      return false;
    }
    if (Math.hypot(x - this.restingAt.x, y - this.restingAt.y) <= POINTER_SLOP) return false;
    this.restingAt = undefined;
    return true;
  }

  /** The pointer is now over `target` (undefined: over no mention). */
  hover(target: T | undefined): void {
    if (this.restingAt !== undefined || this.held) return;
    if (target === this.hovered) return;
    this.hovered = target;
    if (this.pending === 'pointer') this.cancelOpen();
    if (target !== undefined) {
      this.cancelClose();
      if (target !== this.shown) this.openLater(target, 'pointer', this.options.openDelay);
    } else if (this.shown !== undefined && !this.overCard) {
      this.scheduleClose();
    }
  }

  enterCard(): void {
    if (this.restingAt !== undefined) return;
    this.overCard = true;
    this.cancelClose();
  }

  leaveCard(): void {
    if (this.restingAt !== undefined) return;
    this.overCard = false;
    if (this.hovered === undefined) this.scheduleClose();
  }

  /** A mouse button went down: nothing opens by pointer until it is up again. */
  press(): void {
    this.pressed = true;
    this.holdOff();
  }

  /** The mouse button is up again. */
  lift(): void {
    this.pressed = false;
  }

  /** A selection changed or ended: nothing opens by pointer for `ms` from now. */
  quiet(ms: number): void {
    this.holdOff();
    this.host.timers.clearTimeout(this.quietTimer);
    this.quietTimer = this.host.timers.setTimeout(() => {
      this.quietTimer = undefined;
    }, ms);
  }

  /**
   * A click (click mode) on `target`: opens it after `delay`, unless a press comes first. The
   * quiet spell of a selection does not apply: a click inside a selection clears it, and the
   * click that ends a drag is the caller's to refuse.
   */
  click(target: T, delay: number): void {
    if (this.pressed || target === this.shown) return;
    this.openLater(target, 'pointer', delay);
  }

  /**
   * Focus moved onto an element holding `target` (undefined: onto anything else, outside the
   * card). Opens after the hover delay; a card that focus opened goes when focus moves on.
   */
  focus(target: T | undefined): void {
    if (this.pending === 'focus') this.cancelOpen();
    if (target === undefined) {
      if (this.shown !== undefined && this.shownBy === 'focus') this.closeNow();
    } else if (target !== this.shown) {
      this.openLater(target, 'focus', this.options.openDelay);
    }
  }

  openNow(target: T, by: Opener = 'pointer'): void {
    this.cancelOpen();
    this.cancelClose();
    this.shown = target;
    this.shownBy = by;
    if (by === 'pointer') {
      this.restingAt = undefined;
    } else {
      // Whatever the pointer was over is no longer the reader's aim.
      this.hovered = undefined;
      this.overCard = false;
      this.restingAt = this.lastPoint ?? null;
    }
    this.host.open(target, by);
  }

  closeNow(restoreFocus = false): void {
    this.cancelOpen();
    this.cancelClose();
    this.overCard = false;
    if (this.shown === undefined) return;
    this.shown = undefined;
    this.host.close(restoreFocus);
  }

  private holdOff(): void {
    if (this.pending === 'pointer') this.cancelOpen();
    // After the hold, a mention under the pointer needs a fresh dwell.
    this.hovered = undefined;
  }

  private openLater(target: T, by: Opener, delay: number): void {
    this.cancelOpen();
    this.pending = by;
    this.openTimer = this.host.timers.setTimeout(() => this.openNow(target, by), delay);
  }

  private cancelOpen(): void {
    this.host.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.pending = undefined;
  }

  private scheduleClose(): void {
    this.cancelClose();
    this.closeTimer = this.host.timers.setTimeout(() => this.closeNow(), this.options.closeDelay);
  }

  private cancelClose(): void {
    this.host.timers.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
