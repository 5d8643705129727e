import { computePosition, flip, inline, offset, shift } from '@floating-ui/core';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '../../components/Card';
import type { CardDetails, CardView } from '../../content/companion';
import type { Mention } from '../../content/scanner';
import { type CardHost, createCardHost, follow } from './card-host';
import { viewportPlatform } from './viewport-platform';

const EDGE_PADDING = 8;

/** The card, shown in our single host element, which is created the first time it opens. */
export function createCardView(ctx: ContentScriptContext): CardView {
  let ui: CardHost | undefined;
  let stopPlacing: (() => void) | undefined;
  let returnFocusTo: HTMLElement | undefined;

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
      render(
        <Card
          k2OnPage={details.k2OnPage}
          onClose={details.onClose}
          onDisableSite={details.onDisableSite}
          onOpenSettings={details.onOpenSettings}
          onPointerEnter={details.onPointerEnter}
          onPointerLeave={details.onPointerLeave}
          notHere={details.notHere}
        />,
        ui.mount,
      );
      if (!ui.host.matches(':popover-open')) ui.host.showPopover();
      const card = ui.mount.querySelector<HTMLElement>('.card');
      if (!card) return;
      stopPlacing = follow(() => place(mention, card, details));
      if (focus) card.focus({ preventScroll: true });
    },
    hide,
    owns: (event) => ui !== undefined && event.composedPath().includes(ui.host),
  };
}

/** Keeps the card beside its mention; closes it once the mention has scrolled out of view. */
function place(mention: Mention, card: HTMLElement, details: CardDetails): void {
  const rect = mention.range.getBoundingClientRect();
  const gone =
    !mention.range.startContainer.isConnected ||
    rect.bottom < 0 ||
    rect.top > window.innerHeight ||
    rect.right < 0 ||
    rect.left > window.innerWidth;
  if (gone) {
    details.onGone();
    return;
  }
  void computePosition(mention.range, card, {
    platform: viewportPlatform,
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      // A mention that wraps across lines: anchor to the line under the pointer.
      inline(details.point),
      offset(6),
      // Below, else above, else beside: whichever side has room for the whole card.
      flip({
        padding: EDGE_PADDING,
        fallbackPlacements: ['top-start', 'right-start', 'left-start'],
      }),
      // Where no side has room, slide along both axes rather than leave the viewport (on a
      // very small viewport, the card's CSS caps its height and it scrolls).
      shift({ padding: EDGE_PADDING, crossAxis: true }),
    ],
  }).then(({ x, y }) => {
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
  });
}
