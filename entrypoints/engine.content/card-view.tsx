import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '../../components/Card';
import type { CardDetails, CardView } from '../../content/companion';
import { covered } from '../../content/covered';
import type { Mention } from '../../content/scanner';
import { type Announcer, createAnnouncer } from './announcer';
import { type CardHost, createCardHost, follow } from './card-host';
import {
  anchorOf,
  type Box,
  cardPlace,
  type SheetPlace,
  sheetPlace,
  type VisualViewportBox,
  wantsSheet,
} from './placement';

/** The card, shown in our single host element, which is created the first time it opens. */
export function createCardView(ctx: ContentScriptContext): CardView {
  let ui: CardHost | undefined;
  let stopPlacing: (() => void) | undefined;
  let returnFocusTo: HTMLElement | undefined;
  // A new key for every opening: Preact would otherwise keep the last card's state (expanded).
  let openings = 0;
  let announcer: Announcer | undefined;

  const hide = (restoreFocus: boolean) => {
    stopPlacing?.();
    stopPlacing = undefined;
    if (!ui) return;
    // Focus goes back only if it is still in the card: a click elsewhere has placed it anew.
    const hadFocus = document.activeElement === ui.host;
    if (restoreFocus && hadFocus && returnFocusTo?.isConnected) {
      returnFocusTo.focus({ preventScroll: true });
    }
    returnFocusTo = undefined;
    announcer?.clear();
    render(null, ui.mount);
    if (ui.host.matches(':popover-open')) ui.host.hidePopover();
  };

  return {
    show(mention: Mention, details: CardDetails, focus: boolean) {
      stopPlacing?.();
      if (focus && document.activeElement !== ui?.host) {
        returnFocusTo = (document.activeElement as HTMLElement | null) ?? undefined;
      }
      ui ??= createCardHost(ctx);
      openings++;
      render(
        <Card
          key={openings}
          k2OnPage={details.k2OnPage}
          facts={details.facts}
          onClose={details.onClose}
          onOpenSettings={details.onOpenSettings}
          onPointerEnter={details.onPointerEnter}
          onPointerLeave={details.onPointerLeave}
          siteOff={details.siteOff}
          notHere={details.notHere}
        />,
        ui.mount,
      );
      if (!ui.host.matches(':popover-open')) ui.host.showPopover();
      const card = ui.mount.querySelector<HTMLElement>('.card');
      if (!card) return;
      const placer = new Placer(mention, card, details);
      // Closed when something the page draws comes over its mention (a sticky header as the
      // page scrolls), not when it was already under something as the card opened (the
      // keyboard may open a card for a mention behind a banner), nor because the card grew.
      let coveredBefore: boolean | undefined;
      stopPlacing = follow(card, (reveal) => {
        const coveredNow = covered(mention.range);
        if (coveredBefore === false && coveredNow) {
          details.onGone();
          return;
        }
        coveredBefore = coveredNow;
        placer.place(reveal);
      });
      if (focus) {
        announcer?.clear();
        card.focus({ preventScroll: true });
      } else if (ui.host.shadowRoot) {
        // A card that takes focus is announced as a dialog; one that does not, through this.
        announcer ??= createAnnouncer(ctx, ui.host.shadowRoot);
        announcer.say(card);
      }
    },
    hide,
    owns: (event) => ui !== undefined && event.composedPath().includes(ui.host),
  };
}

/**
 * Keeps one open card beside its mention (or, on a narrow or touch screen, as a sheet at the
 * bottom of what the reader sees), and closes it once the mention has left the view.
 */
class Placer {
  /** The sheet's side and height, chosen when it opens or grows and kept while it scrolls. */
  private sheet: SheetPlace | undefined;

  constructor(
    private readonly mention: Mention,
    private readonly card: HTMLElement,
    private readonly details: CardDetails,
  ) {}

  /** `reveal`: the card has just opened or changed size (not the page scrolling). */
  place(reveal: boolean): void {
    const { range } = this.mention;
    const view = visualViewportBox();
    const anchor = anchorOf([...range.getClientRects()].map(boxOf), this.details.point);
    if (!range.startContainer.isConnected || !anchor || outside(anchor, view)) {
      this.details.onGone();
      return;
    }
    const coarse = matchMedia('(pointer: coarse)').matches;
    if (!wantsSheet(coarse, view)) this.placeCard(anchor);
    // The page scrolls for a tap, never for a mouse at rest on a mention (a narrow or zoomed
    // desktop window): there the sheet makes room for the mention by itself.
    else this.placeSheet(anchor, view, reveal, coarse || matchMedia('(hover: none)').matches);
  }

  private placeCard(anchor: Box): void {
    const { card } = this;
    this.sheet = undefined;
    card.classList.remove('sheet');
    card.style.removeProperty('transform');
    card.style.removeProperty('width');
    const { x, y, maxHeight } = cardPlace(
      anchor,
      { width: card.offsetWidth, height: naturalHeight(card) },
      // The layout viewport without its scrollbars: where a fixed element can be seen.
      {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      },
      card.dir === 'rtl' ? 'rtl' : 'ltr',
    );
    card.style.maxHeight = `${maxHeight}px`;
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
  }

  private placeSheet(
    anchor: Box,
    view: VisualViewportBox,
    reveal: boolean,
    mayScroll: boolean,
  ): void {
    const { card } = this;
    card.classList.add('sheet');
    let plan = this.sheet;
    if (reveal || !plan) {
      // Its natural height at the width it will have.
      card.style.width = `${view.width * view.scale}px`;
      plan = sheetPlace(anchor, naturalHeight(card), view, mayScroll);
      if (plan.scrollBy > 0) {
        window.scrollBy({ top: plan.scrollBy, behavior: 'instant' });
        const moved = anchorOf(
          [...this.mention.range.getClientRects()].map(boxOf),
          this.details.point,
        );
        plan = sheetPlace(moved ?? anchor, naturalHeight(card), view, false);
      }
      this.sheet = plan;
    } else {
      // The reader scrolls or the viewport moves: the sheet keeps its side and height.
      const height = Math.min(naturalHeight(card), plan.maxHeight) / view.scale;
      plan = {
        ...plan,
        x: view.offsetLeft,
        y: plan.side === 'bottom' ? view.offsetTop + view.height - height : view.offsetTop,
        width: view.width * view.scale,
        scale: 1 / view.scale,
      };
    }
    card.style.width = `${plan.width}px`;
    card.style.maxHeight = `${plan.maxHeight}px`;
    card.style.transform = plan.scale === 1 ? '' : `scale(${plan.scale})`;
    card.style.left = `${plan.x}px`;
    card.style.top = `${plan.y}px`;
  }
}

function visualViewportBox(): VisualViewportBox {
  const vv = window.visualViewport;
  return vv
    ? {
        offsetLeft: vv.offsetLeft,
        offsetTop: vv.offsetTop,
        width: vv.width,
        height: vv.height,
        scale: vv.scale,
      }
    : { offsetLeft: 0, offsetTop: 0, width: innerWidth, height: innerHeight, scale: 1 };
}

/** Is the mention wholly out of what the reader sees? */
function outside(anchor: Box, view: VisualViewportBox): boolean {
  return (
    anchor.bottom < view.offsetTop ||
    anchor.top > view.offsetTop + view.height ||
    anchor.right < view.offsetLeft ||
    anchor.left > view.offsetLeft + view.width
  );
}

/** The card's height were it not capped (it scrolls inside when it is). */
function naturalHeight(card: HTMLElement): number {
  return card.scrollHeight + card.offsetHeight - card.clientHeight;
}

function boxOf({ left, top, right, bottom }: DOMRect): Box {
  return { left, top, right, bottom };
}
