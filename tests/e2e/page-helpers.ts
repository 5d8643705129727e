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

/**
 * The centre of the n-th mention's first box, in viewport coordinates, after scrolling it into
 * view (`block`: where it should land; 'none' leaves the scroll position alone).
 */
export function mentionPoint(
  page: Page,
  n = 0,
  block: ScrollLogicalPosition | 'none' = 'center',
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([index, where]) => {
      const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[index];
      if (!range) throw new Error(`no mention #${index}`);
      if (where !== 'none') range.startContainer.parentElement?.scrollIntoView({ block: where });
      const box = range.getClientRects()[0] as DOMRect;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [n, block] as const,
  );
}

/** Waits until the content script has finished its first scan (its `d3k2:scan` measure). */
export async function waitForScan(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('d3k2:scan').length > 0, null, {
    timeout: 10_000,
  });
}

/** The card as the page's own world can see it. */
export function cardState(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('d3k2-card');
    const dialog = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    const rect = dialog?.getBoundingClientRect();
    const focused = host?.shadowRoot?.activeElement;
    return {
      hosts: document.querySelectorAll('d3k2-card').length,
      open: dialog != null,
      rect: rect
        ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }
        : null,
      size: rect ? { width: rect.width, height: rect.height } : null,
      focusInCard: document.activeElement === host && focused != null,
      focused: focused ? `${focused.tagName.toLowerCase()}.${focused.className}` : null,
      pageFocus: document.activeElement?.id ?? null,
    };
  });
}
