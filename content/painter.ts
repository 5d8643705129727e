/** The public name: users may restyle mentions with `::highlight(d3k2-mention)`. */
export const HIGHLIGHT_NAME = 'd3k2-mention';

export type HighlightStyle = 'underline' | 'background' | 'none';

// Our look rides on a second, private name that shares the same Highlight, so the style can
// change (or go: "none") without touching the page, while the public name always holds the
// ranges. The public name is registered last, so a user's own ::highlight rule wins a tie.
const STYLE_NAMES: Record<Exclude<HighlightStyle, 'none'>, string> = {
  underline: 'd3k2-style-underline',
  background: 'd3k2-style-background',
};

/** Paints the ranges through the CSS Custom Highlight API; the page's DOM is untouched. */
export function paint(ranges: readonly Range[], style: HighlightStyle): Highlight {
  unpaint();
  const highlight = new Highlight(...ranges);
  if (style !== 'none') CSS.highlights.set(STYLE_NAMES[style], highlight);
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  return highlight;
}

export function unpaint(): void {
  CSS.highlights.delete(HIGHLIGHT_NAME);
  for (const name of Object.values(STYLE_NAMES)) CSS.highlights.delete(name);
}
