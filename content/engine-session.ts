import type { PageStatus, ToBackground, ToContent } from '../utils/messages';
import type { Settings } from '../utils/settings-schema';
import type { CompanionOptions } from './companion';
import type { Direction } from './stepping';

/** What a session drives: the running engine of one document (a `Companion`). */
export interface Engine<M> {
  readonly found: readonly M[];
  start(): Promise<void>;
  /**
   * Removes every trace. `offHere`: it stops because it is off on this page now; a card that
   * says so (the reader switched the site off from it) may then stay, its Undo working, until
   * the reader is done with it, or until `stop()` is called again.
   */
  stop(offHere?: boolean): void;
  show(index: number): void;
  /** The keyboard commands: the next (1) or previous (-1) mention, its card open and focused. */
  step(direction: Direction): void;
  navigated(): void;
  /** Takes new options as it runs, when it can (true); false: it must be made again. */
  adjust(options: CompanionOptions): boolean;
}

export interface SessionHost<M> {
  /** What the engine should do on this page under these settings; undefined: stay off. */
  optionsFor(settings: Settings): CompanionOptions | undefined;
  createEngine(options: CompanionOptions): Engine<M>;
  send(message: ToBackground): void;
  /** Calls `listener` on each single-page navigation from now on. */
  onLocationChange(listener: () => void): void;
  hostname(): string;
  /** A found mention as the popup lists it. */
  describe(mention: M): PageStatus['mentions'][number];
}

/**
 * The engine's state in one frame: which engine runs under which settings, what the badge was
 * told, whether settings have been read. Settings arrive at start and on every change; the
 * engine restarts only when what it does changes, and the badge hears the count each time.
 */
export class EngineSession<M> {
  private engine: Engine<M> | undefined;
  /** The engine last stopped for being off here, whose card may still say so. */
  private parting: Engine<M> | undefined;
  /** The options the running engine was made with, as a key. */
  private current: string | undefined;
  private read = false;
  private lastCount = 0;
  private watching = false;

  constructor(private readonly host: SessionHost<M>) {}

  apply(settings: Settings): void {
    const options = this.host.optionsFor(settings);
    this.read = true;
    const key = JSON.stringify(options);
    if (key !== this.current) {
      this.current = key;
      // Some changes (a phrase no longer marked) apply without reading the page again.
      if (!(options && this.engine?.adjust(options))) {
        // Its card goes before another engine takes the page (or the card and highlights).
        this.parting?.stop();
        this.parting = options ? undefined : this.engine;
        this.engine?.stop(!options);
        this.engine = options ? this.host.createEngine(options) : undefined;
        void this.engine?.start();
      }
    }
    // The badge follows the count, and a change of the badge setting needs it re-sent.
    this.counted(this.engine?.found.length ?? 0);
  }

  /** The number of mentions, whenever it changes (and after each `apply`). */
  counted(count: number): void {
    // Single-page apps change view through the history API. Only an open card can be out of
    // date then, and only a page with mentions opens one: the others never start watching.
    if (count > 0 && !this.watching) {
      this.watching = true;
      this.host.onLocationChange(() => this.engine?.navigated());
    }
    // The browser clears a tab's badge when it navigates: while the count has only ever been
    // 0 (the engine is off here, or the mention went), there is nothing to tell.
    if (count === 0 && this.lastCount === 0) return;
    this.lastCount = count;
    this.host.send({ type: 'count', count });
  }

  /** A message from the popup or the background; the answer, for those that have one. */
  handle(message: ToContent): PageStatus | undefined {
    switch (message.type) {
      case 'get-status':
        return {
          // Settings not read yet counts as running: the popup learns "paused" from them.
          state: this.engine || !this.read ? 'running' : 'off',
          hostname: this.host.hostname(),
          mentions: (this.engine?.found ?? []).map((m) => this.host.describe(m)),
        };
      case 'show-mention':
        this.engine?.show(message.index);
        return undefined;
      case 'next-mention':
        this.engine?.step(1);
        return undefined;
      case 'previous-mention':
        this.engine?.step(-1);
        return undefined;
      default:
        return message satisfies never;
    }
  }

  stop(): void {
    this.parting?.stop();
    this.parting = undefined;
    this.engine?.stop();
    this.engine = undefined;
  }
}
