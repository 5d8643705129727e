import type { Timers } from './timers';

/** What a hover intent drives: timers, and the card it opens and closes. */
export interface HoverIntentHost<T> {
  timers: Timers;
  /** `focus`: the keyboard or the popup opened it, so focus goes into the card. */
  open(target: T, focus: boolean): void;
  /** `restoreFocus`: give focus back to where it was before the card took it. */
  close(restoreFocus: boolean): void;
}

export interface HoverIntentOptions {
  openDelay: number;
  closeDelay: number;
}

/**
 * Wikipedia-style hover intent: open after a dwell, survive the trip from the mention into the
 * card, close a moment after the pointer has left both. Knows nothing of the DOM.
 */
export class HoverIntent<T> {
  private hovered: T | undefined;
  private shown: T | undefined;
  private overCard = false;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;

  constructor(
    private readonly host: HoverIntentHost<T>,
    private readonly options: HoverIntentOptions,
  ) {}

  get current(): T | undefined {
    return this.shown;
  }

  /** The pointer is now over `target` (undefined: over no mention). */
  hover(target: T | undefined): void {
    if (target === this.hovered) return;
    this.hovered = target;
    this.host.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
    if (target !== undefined) {
      this.cancelClose();
      if (target !== this.shown) {
        this.openTimer = this.host.timers.setTimeout(
          () => this.openNow(target),
          this.options.openDelay,
        );
      }
    } else if (this.shown !== undefined && !this.overCard) {
      this.scheduleClose();
    }
  }

  enterCard(): void {
    this.overCard = true;
    this.cancelClose();
  }

  leaveCard(): void {
    this.overCard = false;
    if (this.hovered === undefined) this.scheduleClose();
  }

  openNow(target: T, focus = false): void {
    this.host.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.cancelClose();
    this.shown = target;
    this.host.open(target, focus);
  }

  closeNow(restoreFocus = false): void {
    this.host.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.cancelClose();
    this.overCard = false;
    if (this.shown === undefined) return;
    this.shown = undefined;
    this.host.close(restoreFocus);
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
