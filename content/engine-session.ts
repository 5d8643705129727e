import type { Tally } from '../utils/counts';
import type { PageStatus, ToBackground, ToContent } from '../utils/messages';
import type { Settings } from '../utils/settings-schema';
import type { CompanionOptions } from './companion';
import type { Direction } from './stepping';
import type { Timers } from './timers';

/**
 * The longest wait before a pause's end is checked again. A computer asleep may not advance
 * a timer's clock (Chrome on macOS and Linux), so an hour's timer set before a night's sleep
 * would fire an hour after waking: checked every minute, the page comes back within one.
 */
export const RECHECK_MS = 60_000;

/** What a session drives: the running engine of one document (a `Companion`). */
export interface Engine<M> {
  /** The highlighted mentions, in document order: what the popup lists and "next" walks. */
  readonly found: readonly M[];
  /** How many mentions there are, and how many of them are highlighted. */
  readonly tally: Tally;
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
  /** What the engine should do on this page under these settings at `now`; undefined: stay off. */
  optionsFor(settings: Settings, now: number): CompanionOptions | undefined;
  /** When `optionsFor` answers otherwise by the clock alone (a pause here ends), if ever. */
  resumesAt(settings: Settings, now: number): number | undefined;
  now(): number;
  timers: Timers;
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
  private lastCount: Tally = { found: 0, highlighted: 0 };
  private watching = false;
  /** The check at the end of a pause here, while one keeps the engine off. */
  private recheck: number | undefined;

  constructor(private readonly host: SessionHost<M>) {}

  apply(settings: Settings): void {
    // One reading of the clock for both: read twice, a pause could end between them and
    // leave the engine off with nothing to bring it back.
    const now = this.host.now();
    const options = this.host.optionsFor(settings, now);
    this.wakeAt(this.host.resumesAt(settings, now), settings, now);
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
    this.counted(this.engine?.tally ?? { found: 0, highlighted: 0 });
  }

  /** Applies the same settings again when a pause here ends: the clock is no setting. */
  private wakeAt(at: number | undefined, settings: Settings, now: number): void {
    this.host.timers.clearTimeout(this.recheck);
    this.recheck =
      at === undefined
        ? undefined
        : this.host.timers.setTimeout(
            () => this.apply(settings),
            Math.min(Math.max(at - now, 0), RECHECK_MS),
          );
  }

  /** The count of mentions, whenever it changes (and after each `apply`). */
  counted(tally: Tally): void {
    // Single-page apps change view through the history API. Only an open card can be out of
    // date then, and only a page with mentions opens one: the others never start watching.
    if (tally.found > 0 && !this.watching) {
      this.watching = true;
      this.host.onLocationChange(() => this.engine?.navigated());
    }
    // The browser clears a tab's badge when it navigates: while the count has only ever been
    // 0 (the engine is off here, or the mention went), there is nothing to tell.
    if (tally.found === 0 && this.lastCount.found === 0) return;
    this.lastCount = { ...tally };
    this.host.send({ type: 'count', ...this.lastCount });
  }

  /** A message from the popup or the background; the answer, for those that have one. */
  handle(message: ToContent): PageStatus | Tally | undefined {
    switch (message.type) {
      case 'get-status':
        return {
          // Settings not read yet counts as running: the popup learns "paused" from them.
          state: this.engine || !this.read ? 'running' : 'off',
          hostname: this.host.hostname(),
          found: this.engine?.tally.found ?? 0,
          mentions: (this.engine?.found ?? []).map((m) => this.host.describe(m)),
        };
      case 'get-count':
        return this.engine?.tally ?? { found: 0, highlighted: 0 };
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
    this.host.timers.clearTimeout(this.recheck);
    this.recheck = undefined;
    this.parting?.stop();
    this.parting = undefined;
    this.engine?.stop();
    this.engine = undefined;
  }
}
