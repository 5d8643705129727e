import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { Card } from '../../components/Card';
import cardCss from '../../components/card.css?inline';
import type { CardDetails, CardView } from '../../content/companion';
import type { Mention } from '../../content/scanner';

const EDGE_PADDING = 8;

/**
 * The card's single host element, `<d3k2-card>`, created the first time a card opens. It is a
 * manual popover, so it sits in the top layer: no page z-index, transform or overflow reaches it.
 */
export function createCardView(ctx: ContentScriptContext): CardView {
  let ui: Promise<ShadowRootContentScriptUi<void>> | undefined;
  let host: HTMLElement | undefined;
  let stopPlacing: (() => void) | undefined;
  let returnFocusTo: HTMLElement | undefined;
  let shown = 0;

  const mount = () => {
    ui ??= createShadowRootUi(ctx, {
      name: 'd3k2-card',
      position: 'inline',
      anchor: () => document.documentElement,
      css: cardCss,
      onMount: (_container, _shadow, shadowHost) => {
        host = shadowHost;
        shadowHost.setAttribute('popover', 'manual');
      },
    }).then((created) => {
      created.mount();
      return created;
    });
    return ui;
  };

  const hide = (restoreFocus: boolean) => {
    shown++;
    stopPlacing?.();
    stopPlacing = undefined;
    // Focus goes back only if it is still in the card: a click elsewhere has placed it anew.
    const hadFocus = host !== undefined && document.activeElement === host;
    if (restoreFocus && hadFocus && returnFocusTo?.isConnected) {
      returnFocusTo.focus({ preventScroll: true });
    }
    returnFocusTo = undefined;
    void ui?.then(({ uiContainer }) => {
      render(null, uiContainer);
      if (host?.matches(':popover-open')) host.hidePopover();
    });
  };

  return {
    show(mention: Mention, details: CardDetails, focus: boolean) {
      const ticket = ++shown;
      if (focus && document.activeElement !== host) {
        returnFocusTo = (document.activeElement as HTMLElement | null) ?? undefined;
      }
      void mount().then(({ uiContainer }) => {
        if (ticket !== shown || !host) return; // hidden again while mounting
        stopPlacing?.();
        render(
          <Card
            k2OnPage={details.k2OnPage}
            onClose={details.onClose}
            onDisableSite={details.onDisableSite}
            onOpenSettings={details.onOpenSettings}
            onPointerEnter={details.onPointerEnter}
            onPointerLeave={details.onPointerLeave}
          />,
          uiContainer,
        );
        if (!host.matches(':popover-open')) host.showPopover();
        const card = uiContainer.querySelector<HTMLElement>('.card');
        if (!card) return;
        stopPlacing = autoUpdate(anchorOf(mention), card, () => place(mention, card, details));
        if (focus) card.focus({ preventScroll: true });
      });
    },
    hide,
    owns: (event) => host !== undefined && event.composedPath().includes(host),
  };
}

function anchorOf(mention: Mention): VirtualElement {
  const { range } = mention;
  const container = range.startContainer;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement:
      container instanceof Element ? container : (container.parentElement ?? undefined),
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
  void computePosition(anchorOf(mention), card, {
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
      // Where no side has room, slide along both axes rather than leave the viewport…
      shift({ padding: EDGE_PADDING, crossAxis: true }),
      // …and on a very small viewport, cap the height and let the card scroll.
      size({
        padding: EDGE_PADDING,
        apply: ({ elements }) => {
          elements.floating.style.maxHeight = `${window.innerHeight - 2 * EDGE_PADDING}px`;
        },
      }),
    ],
  }).then(({ x, y }) => {
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
  });
}
