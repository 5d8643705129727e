import type { Platform, Rect } from '@floating-ui/core';

/**
 * Floating UI's platform for our one case: a card fixed in the top layer (so no offset parent,
 * scroll container or transform between it and the viewport) beside a mention's Range.
 * @floating-ui/dom's general platform handles every case and costs 2 KB (gzipped) more on
 * every page; this one reads the viewport and the two rectangles, and nothing else.
 */
export const viewportPlatform: Platform = {
  getElementRects: ({ reference, floating }) => ({
    reference: rectOf(reference.getBoundingClientRect()),
    floating: { x: 0, y: 0, ...dimensionsOf(floating as HTMLElement) },
  }),
  // The layout viewport without its scrollbars: where a fixed element can be seen.
  getClippingRect: () => ({
    x: 0,
    y: 0,
    width: document.documentElement.clientWidth,
    height: document.documentElement.clientHeight,
  }),
  getDimensions: (element) => dimensionsOf(element as HTMLElement),
  // For the `inline` middleware: the lines of a mention that wraps.
  getClientRects: (reference: { getClientRects(): Iterable<DOMRect> }) => [
    ...reference.getClientRects(),
  ],
};

function rectOf({ x, y, width, height }: DOMRect): Rect {
  return { x, y, width, height };
}

function dimensionsOf(element: HTMLElement): { width: number; height: number } {
  return { width: element.offsetWidth, height: element.offsetHeight };
}
