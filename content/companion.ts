import type { HighlightStyle, Trigger } from '../utils/choices';
import type { Tally } from '../utils/counts';
import { cleanPhrase, phraseKey } from '../utils/ignored';
import { mentionAt } from './hit-test';
import { HoverIntent, type Opener, POINTER_SLOP } from './hover-intent';
import { LiveMentions } from './live-mentions';
import { factsOf, type MentionFacts, pageMentionsK2 } from './mention-facts';
import { HOST_NAME } from './readable';
import type { Mention } from './scanner';
import { type Anchor, type Direction, stepFrom } from './stepping';
import type { PageHost } from './timers';
import { isRangeShown } from './visibility';

/**
 * After a selection ends (or while one changes), this long (ms) nothing opens by pointer: the
 * reader is about to copy or extend it, and a card on top would be in the way.
 */
const SELECTION_QUIET = 500;

/**
 * Click mode waits this long (ms) before opening, so that the first click of a double-click
 * (which selects a word) opens nothing. Most double-clicks are well inside it.
 */
const DOUBLE_CLICK_WAIT = 250;

/**
 * A mention inside one of these is the page's control: its click or tap is the page's (a link
 * is followed), and it opens its card by keyboard focus instead.
 */
const ACTIVATES = 'a[href], area[href], button, summary, label, [role="link"], [role="button"]';

/**
 * A card left open to say the site is now off closes itself after this long (ms), unless the
 * mouse is on it or the keyboard is in it: nothing else may be left to close it (a tap on a
 * touch screen), and its engine has stopped.
 */
const SITE_OFF_LINGER = 10_000;

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
  onOpenSettings(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** The mention scrolled out of view or left the page. */
  onGone(): void;
  /** "Don't highlight on this site": absent where the page has no host (a file). */
  siteOff?: SiteOffDetails;
  /** "Not vitamin D3 here": absent where the page has no host to remember it by. */
  notHere?: NotHereDetails;
}

/** The card's "Don't highlight on this site". */
export interface SiteOffDetails {
  /** The site, as the page's address names it (an international name in its ASCII form). */
  host: string;
  /**
   * Switches the site off: the highlights go (the engine stops), the card stays to say so,
   * until the reader closes it or it is left alone for a while.
   */
  onSiteOff(): void;
  /** Switches it on again; the card closes, and the engine starts again. */
  onUndo(): void;
}

/** The card's remedy for a wrong highlight: stop marking this phrase on this site. */
export interface NotHereDetails {
  /** The mention as the reader saw it ("D3"), and the site. */
  phrase: string;
  host: string;
  /** Stops marking the phrase here: its highlights go, the card stays to say so. */
  onNotHere(): void;
  /** Marks it again; the card closes. */
  onUndo(): void;
}

export interface CompanionHost extends PageHost {
  /** The card's UI, which lives outside the engine. */
  card: CardView;
  requestAnimationFrame(callback: () => void): number;
  /** Switches the extension off on this site (or, `off` false, takes that rule away again). */
  setSiteOff(off: boolean): void;
  openSettings(): void;
  /** Remembers that `phrase` is (or, `on` false, is again) not vitamin D3 on this site. */
  ignorePhrase(phrase: string, on: boolean): void;
  /** The site the phrase is remembered for; empty where there is none (a file). */
  hostname(): string;
  /** The count of mentions changed (for the badge). */
  onCount(tally: Tally): void;
  /**
   * Is the extension behind us still there? False once it was reloaded, updated or removed;
   * asking also stops this instance then (see entrypoints/engine.content/index.ts).
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
  /** The mention whose card opened last: where "next" and "previous" walk on from. */
  private lastOpened: Mention | undefined;
  /** The reader moved focus in the page since that card opened: walk on from the focus. */
  private focusMoved = false;
  /** Focus is going back where a card took it from (our doing, not the reader's). */
  private restoring = false;
  private pressedAt: { x: number; y: number; type: string } | undefined;
  /** The mention whose card says it is no longer marked: it stays open though not found. */
  private notHereOpen: Mention | undefined;
  /** The mention whose card says the site is off now: it outlives this engine (see stop). */
  private siteOffOpen: Mention | undefined;
  /** Stopped, but for that card, which is still open. */
  private parting = false;
  private ended = false;
  private lingerTimer: number | undefined;
  private mouseOnCard = false;

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
        open: (mention, by) => this.opened(mention, by),
        close: (restoreFocus) => this.hidden(restoreFocus),
      },
      options,
    );
  }

  /** The highlighted mentions: the ones the card, the popup's list and "next" reach. */
  get found(): readonly Mention[] {
    return this.live.painted;
  }

  get tally(): Tally {
    return { found: this.live.mentions.length, highlighted: this.live.painted.length };
  }

  private get highlight(): Highlight | undefined {
    return this.live.highlight;
  }

  /** Scans the document (in slices) and keeps up with it from then on. */
  start(): Promise<void> {
    return this.live.start();
  }

  /**
   * Removes every trace: highlights, card, listeners, the observer. `offHere`: the engine
   * stops because the site (or everything) is now off. If the reader did that from the open
   * card, the card stays to say so and offer Undo: its highlights go now, and the rest (the
   * card, with the listeners and timers that close it) when it closes, or when this is called
   * again (another engine is about to start).
   */
  stop(offHere = false): void {
    if (this.ended) return;
    const open = this.intent.current;
    if (offHere && !this.parting && open !== undefined && open === this.siteOffOpen) {
      this.parting = true;
      this.live.stop();
      this.lingerLater();
      return;
    }
    this.ended = true;
    this.host.timers.clearTimeout(this.lingerTimer);
    this.close(false);
    this.listeners?.abort();
    this.listeners = undefined;
    this.k2OnPage = undefined;
    // Once only: the highlight names are the page's, and the next engine may have painted.
    if (!this.parting) this.live.stop();
  }

  /** The card outlives its engine while the reader is on it; left alone, it closes. */
  private lingerLater(): void {
    this.lingerTimer = this.host.timers.setTimeout(() => {
      if (this.mouseOnCard || keyboardInCard()) this.lingerLater();
      else this.close(false);
    }, SITE_OFF_LINGER);
  }

  /** The card closed, by whatever means: an engine that stopped while it was open ends. */
  private hidden(restoreFocus: boolean): void {
    this.siteOffOpen = undefined;
    this.card.hide(restoreFocus);
    if (this.parting) this.stop();
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
    this.host.onCount(this.tally);
  }

  /** The keyboard commands: scroll to the next or previous mention, open its card, focus it. */
  step(direction: Direction): void {
    const index = stepFrom(this.found.length, this.anchor(direction), direction);
    const mention = index === undefined ? undefined : this.found[index];
    if (mention) this.reveal(mention);
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
    this.intent.openNow(mention, 'keyboard');
  }

  private opened(mention: Mention, by: Opener): void {
    this.lastOpened = mention;
    this.focusMoved = false;
    // Only a card the pointer opened is placed by the pointer (for a mention that wraps lines).
    const point = by === 'pointer' ? this.lastPoint : undefined;
    this.card.show(mention, this.detailsFor(mention, point), by === 'keyboard');
  }

  private close(restoreFocus: boolean): void {
    this.restoring = restoreFocus;
    try {
      this.intent.closeNow(restoreFocus);
    } finally {
      this.restoring = false;
    }
  }

  /**
   * Where a walk starts: the open card's mention, else the focused element if the reader put
   * focus there since the last card, else the mention last opened (so that "next" after
   * Escape goes on, never back), else the view.
   */
  private anchor(direction: Direction): Anchor {
    const from = this.intent.current ?? this.lastOpened;
    const focused = this.intent.current ? -1 : this.gapAtFocus();
    if (focused >= 0 && (this.focusMoved || !from)) return { gap: focused };
    const index = from ? this.found.indexOf(from) : -1;
    if (index >= 0) return { on: index };
    return { gap: this.gapAtView(direction) };
  }

  /** How many mentions come before the focused element of the page; -1 if none is focused. */
  private gapAtFocus(): number {
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused === document.documentElement) return -1;
    if (focused.localName === HOST_NAME) return -1;
    const gap = this.found.findIndex(
      (m) =>
        !(
          focused.compareDocumentPosition(inDocument(m.range.startContainer)) &
          Node.DOCUMENT_POSITION_PRECEDING
        ),
    );
    return gap < 0 ? this.found.length : gap;
  }

  /** Forward: the first mention not above the view. Back: the last one not below it. */
  private gapAtView(direction: Direction): number {
    const gap = this.found.findIndex((m) => {
      const rect = m.range.getBoundingClientRect();
      return direction === 1 ? rect.bottom > 0 : rect.top >= window.innerHeight;
    });
    return gap < 0 ? this.found.length : gap;
  }

  private detailsFor(mention: Mention, point: CardDetails['point']): CardDetails {
    // No layout is forced when a card opens (see pageMentionsK2).
    this.k2OnPage ??= pageMentionsK2(document);
    return {
      k2OnPage: this.k2OnPage,
      facts: factsOf(mention),
      point,
      onClose: () => this.close(true),
      onOpenSettings: () => this.host.openSettings(),
      onPointerEnter: () => this.intent.enterCard(),
      // A card opened by a click stays until Escape or a click elsewhere.
      onPointerLeave: () => {
        this.mouseOnCard = false;
        if (this.options.trigger === 'hover') this.intent.leaveCard();
      },
      onGone: () => this.close(false),
      siteOff: this.siteOffFor(mention),
      notHere: this.notHereFor(mention),
    };
  }

  private siteOffFor(mention: Mention): SiteOffDetails | undefined {
    const host = this.host.hostname();
    this.siteOffOpen = undefined;
    if (!host) return undefined;
    return {
      host,
      onSiteOff: () => {
        this.siteOffOpen = mention;
        this.host.setSiteOff(true);
      },
      onUndo: () => {
        this.siteOffOpen = undefined;
        // Closed first: a new engine starts once the settings say so, and the card is its.
        this.close(true);
        this.host.setSiteOff(false);
      },
    };
  }

  private notHereFor(mention: Mention): NotHereDetails | undefined {
    const host = this.host.hostname();
    this.notHereOpen = undefined;
    if (!host) return undefined;
    const phrase = cleanPhrase(mention.text);
    return {
      phrase,
      host,
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
    on('pointerup', (e) => this.onPointerUp(e));
    on('pointercancel', () => this.intent.lift());
    on('click', (e) => this.onClick(e));
    on('keydown', (e) => this.onKeyDown(e));
    on('focusin', (e) => this.onFocusIn(e));
    on('focusout', (e) => this.onFocusOut(e));
    // Fired at the document; a capturing listener on the window hears it too.
    on('selectionchange', () => this.onSelectionChange());
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType !== 'mouse') return;
    this.mouseOnCard = this.card.owns(event);
    // A button released outside the window sends us no pointerup.
    if (event.buttons === 0) this.intent.lift();
    // Until it really moves, a pointer resting where a card appeared is not the reader's aim.
    if (!this.intent.pointerAt(event.clientX, event.clientY)) return;
    if (this.options.trigger !== 'hover' || this.card.owns(event)) return;
    this.lastPoint = { x: event.clientX, y: event.clientY };
    // At most one hit test per frame, however fast the pointer moves.
    if (this.framePending) return;
    this.framePending = true;
    this.host.requestAnimationFrame(() => {
      this.framePending = false;
      const { x, y } = this.lastPoint;
      // None painted (the site just went off, and a card stays to say so): over no mention.
      const mention = this.highlight && mentionAt(x, y, this.found, this.highlight);
      this.intent.hover(mention && !this.selected(mention) ? mention : undefined);
    });
  }

  private onPointerDown(event: PointerEvent): void {
    this.pressedAt = { x: event.clientX, y: event.clientY, type: event.pointerType };
    if (event.pointerType === 'mouse') this.intent.press();
    if (this.intent.current && !this.card.owns(event) && !this.mentionUnder(event)) {
      this.close(false);
    }
  }

  private onPointerUp(event: PointerEvent): void {
    if (event.pointerType !== 'mouse') {
      this.onTap(event);
      return;
    }
    this.intent.lift();
    if (hasSelection()) this.intent.quiet(SELECTION_QUIET);
  }

  /**
   * Touch and pen have no hover, so a tap opens the card. A tap on a mention inside a link is
   * the link's: it is followed, and we stay out of the way.
   */
  private onTap(event: PointerEvent): void {
    if (this.card.owns(event)) return;
    const mention = this.mentionUnder(event);
    if (!mention || activates(mention) || this.selected(mention)) return;
    this.lastPoint = { x: event.clientX, y: event.clientY };
    this.intent.openNow(mention, 'pointer');
  }

  /**
   * Click mode: a single click on a mention opens its card. Not the clicks of a double-click,
   * not one that ends a drag (a selection), and not one on a link, which is followed.
   */
  private onClick(event: MouseEvent): void {
    if (this.options.trigger !== 'click' || this.pressedAt?.type !== 'mouse') return;
    // detail: the click count (0 for a click the keyboard made).
    if (event.button !== 0 || event.detail !== 1 || this.card.owns(event)) return;
    // With a modifier, a click extends a selection or opens a tab: not a question for us.
    if (event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
    // The selection is not asked: a click inside one clears it only after this event.
    const { x, y } = this.pressedAt;
    if (Math.hypot(event.clientX - x, event.clientY - y) > POINTER_SLOP) return;
    const mention = this.mentionUnder(event);
    if (!mention || activates(mention)) return;
    this.lastPoint = { x: event.clientX, y: event.clientY };
    this.intent.click(mention, DOUBLE_CLICK_WAIT);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.intent.current) this.close(true);
  }

  /**
   * Focus on an element that holds a mention (a link, say) opens its card after the hover
   * delay, as Wikipedia's page previews do; focus stays on the element, so the reader keeps
   * tabbing. Only keyboard focus (:focus-visible): a click on a link focuses it too, and is
   * about to follow it.
   */
  private onFocusIn(event: FocusEvent): void {
    if (this.restoring || this.card.owns(event)) return;
    this.focusMoved = true;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement)) return;
    this.intent.focus(target.matches(':focus-visible') ? this.mentionIn(target) : undefined);
  }

  /** Focus left an element: a card it opened goes, unless focus went into the card. */
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (this.card.owns(event) || (next instanceof Element && next.localName === HOST_NAME)) return;
    this.intent.focus(undefined);
  }

  /** A selection being made holds the card off, and one over the open mention closes it. */
  private onSelectionChange(): void {
    if (!hasSelection()) return;
    this.intent.quiet(SELECTION_QUIET);
    const open = this.intent.current;
    if (open && this.selected(open)) this.close(false);
  }

  /** The first mention inside `element`, if it is one the reader tabs to (not an editor). */
  private mentionIn(element: HTMLElement): Mention | undefined {
    if (element.tabIndex < 0 || element.isContentEditable) return undefined;
    return this.found.find(
      (m) => element.contains(m.range.startContainer) && element.contains(m.range.endContainer),
    );
  }

  /** Does the page's selection (not collapsed) overlap the mention? */
  private selected(mention: Mention): boolean {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    const range = selection.getRangeAt(0);
    const m = mention.range;
    try {
      return (
        range.comparePoint(m.startContainer, m.startOffset) <= 0 &&
        range.comparePoint(m.endContainer, m.endOffset) >= 0
      );
    } catch {
      // The mention is in another tree (a shadow root) than the selection.
      return false;
    }
  }

  private mentionUnder(event: MouseEvent): Mention | undefined {
    return this.highlight
      ? mentionAt(event.clientX, event.clientY, this.found, this.highlight)
      : undefined;
  }
}

/** Is focus in our card, put there by the keyboard (not by a click)? */
function keyboardInCard(): boolean {
  const host = document.activeElement;
  if (host?.localName !== HOST_NAME) return false;
  return host.shadowRoot?.activeElement?.matches(':focus-visible') ?? false;
}

function hasSelection(): boolean {
  const selection = document.getSelection();
  return selection !== null && !selection.isCollapsed;
}

function activates(mention: Mention): boolean {
  return mention.range.startContainer.parentElement?.closest(ACTIVATES) != null;
}

/** The node, or the shadow host that holds it, in the document's own tree. */
function inDocument(node: Node): Node {
  let current = node;
  for (let root = current.getRootNode(); root instanceof ShadowRoot; root = current.getRootNode()) {
    current = root.host;
  }
  return current;
}
