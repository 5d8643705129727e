// Functions that run in a page's own world, handed to `page.evaluate` by the Playwright and
// puppeteer tests, the demo and the screenshots. Each must stand alone: it is sent as source.

/** How many ranges the page sees under our public highlight name. */
export function paintedCount() {
  return CSS.highlights.get('d3k2-mention')?.size ?? 0;
}

/**
 * Are exactly `expected` mentions painted, every one of them still in the page? (A range whose
 * text the page removed would still count in `paintedCount`.)
 * @param {number} expected
 */
export function paintedExactly(expected) {
  const ranges = /** @type {Range[]} */ ([...(CSS.highlights.get('d3k2-mention') ?? [])]);
  return ranges.length === expected && ranges.every((r) => r.startContainer.isConnected);
}

/**
 * The centre of the first box of mention `index` (document order), in viewport coordinates,
 * after scrolling it to `block` ('none' leaves the scroll position alone).
 * @param {[number, ScrollLogicalPosition | 'none']} args
 */
export function mentionCentre([index, block]) {
  const ranges = /** @type {Range[]} */ ([...(CSS.highlights.get('d3k2-mention') ?? [])]);
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[index];
  if (!range) throw new Error(`no mention #${index}`);
  if (block !== 'none') range.startContainer.parentElement?.scrollIntoView({ block });
  const box = /** @type {DOMRect} */ (range.getClientRects()[0]);
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * Has the extension looked at the page, and then done nothing for `ms`? Every pass of its
 * work is a `d3k2:` measure, so measures that have stopped mean it has finished. The first
 * scan alone is not enough: it is the look, and a candidate it finds wakes the engine, which
 * the background injects, and which reads the settings and scans again before it paints.
 * `absentIsQuiet`: a page without any measure of ours (no extension, or another one: the
 * benchmark's) counts as quiet.
 * @param {number} ms
 * @param {boolean} [absentIsQuiet]
 */
export function quietFor(ms, absentIsQuiet = false) {
  const ours = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('d3k2:'));
  if (absentIsQuiet && ours.length === 0) return true;
  const names = new Set(ours.map((m) => m.name));
  if (!names.has('d3k2:scan')) return false;
  // The first look asked for the engine: it is on its way from the background.
  if (names.has('d3k2:wake') && !names.has('d3k2:engine')) return false;
  const last = Math.max(...ours.map((m) => m.startTime + m.duration));
  return performance.now() - last >= ms;
}

/** The card as the page's own world sees it. */
export function cardState() {
  const host = document.querySelector('d3k2-card');
  const dialog = /** @type {HTMLElement | null | undefined} */ (
    host?.shadowRoot?.querySelector('[role="dialog"]')
  );
  const r = dialog?.getBoundingClientRect();
  return {
    open: dialog != null,
    rect: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null,
    width: dialog?.offsetWidth ?? null,
    height: dialog?.offsetHeight ?? null,
    fontSize: dialog ? getComputedStyle(dialog).fontSize : null,
    focusInCard: document.activeElement === host && host?.shadowRoot?.activeElement != null,
    pageFocus: document.activeElement?.id ?? null,
  };
}
