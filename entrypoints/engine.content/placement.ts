// Where the card goes: pure geometry, so that every case is a row in placement.test.ts. The
// card view measures (the mention's boxes, the card, the viewports) and applies the result.

/** A box in viewport (client) coordinates, CSS px. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** `window.visualViewport` as numbers: what the reader sees of the layout viewport. */
export interface VisualViewportBox {
  offsetLeft: number;
  offsetTop: number;
  width: number;
  height: number;
  /** Pinch zoom: below 1 on a phone showing a page laid out for a desktop (no viewport meta). */
  scale: number;
}

/** Between the mention and the card. */
export const GAP = 6;
/** Between the card and the viewport's edge. */
export const EDGE = 8;
/** Narrower than this as seen (CSS px at zoom 1), the card becomes a bottom sheet. */
export const SHEET_BELOW = 480;
/** The sheet's height at most, as a share of the visual viewport: the page stays in sight. */
export const SHEET_MAX_SHARE = 0.6;

/** A bottom sheet where a pointer can't aim at a small card, or where it would not fit. */
export function wantsSheet(coarsePointer: boolean, viewport: VisualViewportBox): boolean {
  return coarsePointer || viewport.width * viewport.scale < SHEET_BELOW;
}

/**
 * What the card is placed against: the mention's full height (so the card never covers any of
 * its lines) and, across, the line under the pointer (or the first line), which a reader of a
 * mention that wraps is looking at.
 */
export function anchorOf(lines: readonly Box[], point?: { x: number; y: number }): Box | null {
  const first = lines[0];
  if (!first) return null;
  const line =
    (point &&
      lines.find(
        (l) => point.x >= l.left && point.x <= l.right && point.y >= l.top && point.y <= l.bottom,
      )) ||
    first;
  return {
    left: line.left,
    right: line.right,
    top: Math.min(...lines.map((l) => l.top)),
    bottom: Math.max(...lines.map((l) => l.bottom)),
  };
}

export interface CardPlace {
  x: number;
  y: number;
  /** The card's height at most (it scrolls inside beyond). */
  maxHeight: number;
  side: 'below' | 'above';
}

/**
 * The floating card: below its mention if it fits, else above, else on the side with more
 * room, its height capped to that room; never over the mention. Across, it starts where the
 * mention starts (its right edge in a right-to-left card) and slides to stay inside.
 * `card.height` is its natural height, uncapped.
 */
export function cardPlace(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'ltr' | 'rtl' = 'ltr',
): CardPlace {
  const below = viewport.height - EDGE - (anchor.bottom + GAP);
  const above = anchor.top - GAP - EDGE;
  const side =
    card.height <= below ? 'below' : card.height <= above || above > below ? 'above' : 'below';
  const maxHeight = Math.max(0, Math.floor(side === 'below' ? below : above));
  const height = Math.min(card.height, maxHeight);
  const start = dir === 'rtl' ? anchor.right - card.width : anchor.left;
  const x = Math.max(EDGE, Math.min(start, viewport.width - EDGE - card.width));
  const y = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  return { x, y, maxHeight, side };
}

export interface SheetPlace {
  /** Scroll the page down by this much first (then place again): the mention stays above. */
  scrollBy: number;
  /** Where the sheet's top-left corner goes, in client coordinates. */
  x: number;
  y: number;
  /** In the sheet's own CSS px, before `scale`: the visual viewport's width as seen. */
  width: number;
  maxHeight: number;
  /** The sheet is drawn at 1/viewport.scale, so that its text reads at its CSS size. */
  scale: number;
  side: 'bottom' | 'top';
}

/**
 * The bottom sheet: the full width of the visual viewport, at its bottom, scaled so that a
 * page zoomed out (a phone showing a desktop layout) does not shrink its text. The tapped
 * mention stays in sight above it: when the sheet would cover it, the page scrolls just enough
 * (`reveal`: only when the sheet opens or grows, never against the reader's own scrolling);
 * where the page cannot scroll that far, the sheet takes the room below the mention, or, if
 * there is more above, goes to the top. `height` is the sheet's natural height in its own px.
 */
export function sheetPlace(
  anchor: Box,
  height: number,
  viewport: VisualViewportBox,
  reveal: boolean,
): SheetPlace {
  const k = viewport.scale;
  const top = viewport.offsetTop;
  const bottom = top + viewport.height;
  const gap = EDGE / k;
  // From here on in layout (client) px, which is what scrolling and positions are in.
  const wanted = Math.min(height / k, SHEET_MAX_SHARE * viewport.height);
  let below = bottom - (anchor.bottom + gap);
  const above = anchor.top - gap - top;
  if (reveal && wanted > below) {
    // Whole px: a page scrolls by whole px, and half a px short would send the sheet up.
    const scrollBy = Math.ceil(Math.max(0, Math.min(wanted - below, above)));
    if (scrollBy >= 1) {
      // Where the mention will be once scrolled (the caller measures again: a page may scroll
      // less than asked).
      const scrolled = { ...anchor, top: anchor.top - scrollBy, bottom: anchor.bottom - scrollBy };
      return { ...sheetPlace(scrolled, height, viewport, false), scrollBy };
    }
  }
  below = Math.max(0, below);
  // Within a px of fitting is fitting: the gap above the sheet is larger than that.
  const fits = wanted <= below + 1;
  const side = fits || below >= above ? 'bottom' : 'top';
  const room = Math.min(
    SHEET_MAX_SHARE * viewport.height,
    fits ? wanted : side === 'bottom' ? below : above,
  );
  const seen = Math.min(wanted, room);
  return {
    scrollBy: 0,
    x: viewport.offsetLeft,
    y: side === 'bottom' ? bottom - seen : top,
    width: viewport.width * k,
    maxHeight: Math.max(0, room * k),
    scale: 1 / k,
    side,
  };
}
