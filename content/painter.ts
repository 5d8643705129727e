import { HIGHLIGHT_STYLES, type HighlightStyle } from '../utils/choices';

export type { HighlightStyle } from '../utils/choices';

/** The public name: users may restyle mentions with `::highlight(d3k2-mention)`. */
export const HIGHLIGHT_NAME = 'd3k2-mention';

type Painted = Exclude<HighlightStyle, 'none'>;

// Our look rides on a second, private name that shares the same Highlight, so the style can
// change (or go: "none") without touching the page, while the public name always holds the
// ranges. The public name is registered last, so a user's own ::highlight rule wins a tie.
// components/highlight.css has a `::highlight()` rule for each (painter.test.ts checks it).
export const styleName = (style: Painted) => `d3k2-style-${style}` as const;
export const PAINTED_STYLES = HIGHLIGHT_STYLES.filter((s): s is Painted => s !== 'none');

/** Paints the ranges through the CSS Custom Highlight API; the page's DOM is untouched. */
export function paint(ranges: readonly Range[], style: HighlightStyle): Highlight {
  unpaint();
  const highlight = new Highlight(...ranges);
  if (style !== 'none') CSS.highlights.set(styleName(style), highlight);
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  return highlight;
}

export function unpaint(): void {
  CSS.highlights.delete(HIGHLIGHT_NAME);
  for (const style of PAINTED_STYLES) CSS.highlights.delete(styleName(style));
}
