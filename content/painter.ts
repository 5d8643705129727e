/** The public name: users may restyle mentions with `::highlight(d3k2-mention)`. */
export const HIGHLIGHT_NAME = 'd3k2-mention';

/** Paints the ranges through the CSS Custom Highlight API; the page's DOM is untouched. */
export function paint(ranges: readonly Range[]): Highlight {
  const highlight = new Highlight(...ranges);
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  return highlight;
}

export function unpaint(): void {
  CSS.highlights.delete(HIGHLIGHT_NAME);
}
