import type { Page } from '@playwright/test';

/** How many ranges the page's own world sees under our highlight name. */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('d3k2-mention')?.size ?? 0);
}

/** The painted texts, in document order, read from the page's own world. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

/** The centre of the n-th mention's first box, in viewport coordinates. */
export function mentionPoint(page: Page, n = 0): Promise<{ x: number; y: number }> {
  return page.evaluate((index) => {
    const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges[index];
    if (!range) throw new Error(`no mention #${index}`);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0] as DOMRect;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, n);
}

/** Waits until the content script has finished its first scan (its `d3k2:scan` measure). */
export async function waitForScan(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('d3k2:scan').length > 0, null, {
    timeout: 10_000,
  });
}
