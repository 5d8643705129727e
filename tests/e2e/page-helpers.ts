import type { Page } from '@playwright/test';
import {
  mentionCentre,
  paintedCount,
  quietFor,
  cardState as readCard,
} from '../../scripts/in-page.mjs';

/** How many ranges the page's own world sees under our highlight name. */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(paintedCount);
}

/** The painted texts, in document order, read from the page's own world. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

/**
 * The centre of the n-th mention's first box, in viewport coordinates, after scrolling it into
 * view (`block`: where it should land; 'none' leaves the scroll position alone).
 */
export function mentionPoint(
  page: Page,
  n = 0,
  block: ScrollLogicalPosition | 'none' = 'center',
): Promise<{ x: number; y: number }> {
  return page.evaluate(mentionCentre, [n, block] as [number, ScrollLogicalPosition | 'none']);
}

/**
 * Waits until the content script has looked at the page and finished what that started (no
 * `d3k2:` measure for 300 ms): waking on a mention, reading the settings, painting.
 */
export async function waitForScan(page: Page): Promise<void> {
  await page.waitForFunction(quietFor, 300, { timeout: 10_000 });
}

/** The card as the page's own world can see it. */
export function cardState(page: Page) {
  return page.evaluate(readCard);
}

/** Is the element with this id wholly inside the viewport, top to bottom? */
export function isInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((elementId) => {
    const r = document.getElementById(elementId)?.getBoundingClientRect();
    return r !== undefined && r.top >= 0 && r.bottom <= innerHeight;
  }, id);
}
