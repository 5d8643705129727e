export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

export interface HoverIntentOptions<T> {
  openDelay: number;
  closeDelay: number;
  timers: Timers;
  open(target: T): void;
  close(): void;
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

  constructor(private readonly options: HoverIntentOptions<T>) {}

  get current(): T | undefined {
    return this.shown;
  }

  /** The pointer is now over `target` (undefined: over no mention). */
  hover(target: T | undefined): void {
    if (target === this.hovered) return;
    this.hovered = target;
    this.options.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
    if (target !== undefined) {
      this.cancelClose();
      if (target !== this.shown) {
        this.openTimer = this.options.timers.setTimeout(
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

  openNow(target: T): void {
    this.options.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.cancelClose();
    this.shown = target;
    this.options.open(target);
  }

  closeNow(): void {
    this.options.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.cancelClose();
    this.overCard = false;
    if (this.shown === undefined) return;
    this.shown = undefined;
    this.options.close();
  }

  private scheduleClose(): void {
    this.cancelClose();
    this.closeTimer = this.options.timers.setTimeout(
      () => this.closeNow(),
      this.options.closeDelay,
    );
  }

  private cancelClose(): void {
    this.options.timers.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
