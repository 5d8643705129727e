// Page objects over puppeteer pages, the same in both browsers. Reads run in the page's own
// world (scripts/in-page.mjs); input goes through the browser's real mouse, keyboard, touch.
import type { Page } from 'puppeteer-core';
import {
  mentionCentre,
  paintedCount,
  quietFor,
  cardState as readCard,
} from '../../../scripts/in-page.mjs';
import { cardButtonCentre } from './in-card';
import { poll } from './poll';

type Point = { x: number; y: number };

export class MentionPage {
  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {}

  /** Opens a fixture; waits for `mentions` highlights if given, else until the extension is quiet. */
  async load(fixture: string, mentions?: number): Promise<void> {
    await this.page.goto(`${this.origin}/fixtures/${fixture}`);
    if (mentions === undefined) await this.quiet();
    else await poll(() => this.count(), mentions);
  }

  /** Until the extension has looked at the page and done nothing for `ms`. */
  async quiet(ms = 300): Promise<void> {
    await this.page.waitForFunction(quietFor, { timeout: 10_000, polling: 100 }, ms);
  }

  count(): Promise<number> {
    return this.page.evaluate(paintedCount);
  }

  /** The painted texts in document order. */
  texts(): Promise<string[]> {
    return this.page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((r) => r.toString());
    });
  }

  /** The centre of mention n's first box, after scrolling it to `block` ('none': stay). */
  point(n = 0, block: ScrollLogicalPosition | 'none' = 'center'): Promise<Point> {
    return this.page.evaluate(mentionCentre, [n, block] as [
      number,
      ScrollLogicalPosition | 'none',
    ]);
  }

  async hover(n = 0, block: ScrollLogicalPosition | 'none' = 'center'): Promise<Point> {
    const p = await this.point(n, block);
    await this.page.mouse.move(p.x, p.y);
    return p;
  }

  /** Hovers mention n and waits for the card. */
  async openByHover(n = 0): Promise<Point> {
    const p = await this.hover(n);
    await this.card.waitOpen();
    return p;
  }

  async tap(n = 0): Promise<Point> {
    const p = await this.point(n);
    await this.page.touchscreen.tap(p.x, p.y);
    return p;
  }

  /** Is the element with this id wholly inside the viewport, top to bottom? */
  isInView(id: string): Promise<boolean> {
    return this.page.evaluate((elementId) => {
      const r = document.getElementById(elementId)?.getBoundingClientRect();
      return r !== undefined && r.top >= 0 && r.bottom <= innerHeight;
    }, id);
  }

  /** The names of our passes that ran, without the d3k2: prefix. */
  passes(): Promise<string[]> {
    return this.page.evaluate(() => [
      ...new Set(
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('d3k2:'))
          .map((m) => m.name.slice(5)),
      ),
    ]);
  }

  get card(): Card {
    return new Card(this.page);
  }
}

export class Card {
  constructor(readonly page: Page) {}

  state() {
    return this.page.evaluate(readCard);
  }

  async isOpen(): Promise<boolean> {
    return (await this.state()).open;
  }

  async waitOpen(): Promise<void> {
    await poll(() => this.isOpen(), true);
  }

  async waitClosed(): Promise<void> {
    await poll(() => this.isOpen(), false);
  }

  async rect() {
    const { rect } = await this.state();
    if (!rect) throw new Error('no card');
    return rect;
  }

  /** What the card says of itself: heading, name, lang, buttons, links and their attributes. */
  describe() {
    return this.page.evaluate(() => {
      const root = document.querySelector('d3k2-card')?.shadowRoot;
      const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
      if (!dialog) return null;
      const labelId = dialog.getAttribute('aria-labelledby');
      return {
        name: (labelId ? root?.getElementById(labelId)?.textContent : null)?.trim() ?? '',
        heading: dialog.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
        lang: dialog.getAttribute('lang'),
        text: dialog.textContent ?? '',
        buttons: [...dialog.querySelectorAll('button')].map(
          (b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '',
        ),
        links: [...dialog.querySelectorAll('a')].map((a) => ({
          text: a.textContent?.trim() ?? '',
          href: a.getAttribute('href'),
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel'),
          primary: a.classList.contains('primary'),
        })),
      };
    });
  }

  /** Clicks a button or link of the card, by its text, with the real mouse. */
  async click(label: string): Promise<void> {
    const p = await poll(
      () => this.page.evaluate(cardButtonCentre, label),
      (b) => b !== null,
      { message: `card button ${label}` },
    );
    if (p) await this.page.mouse.click(p.x, p.y);
  }
}

/** The controls of an extension page (popup or options), found by their visible labels. */
class ExtensionView {
  constructor(readonly page: Page) {}

  /** The text of the first role="status" element. */
  status(): Promise<string> {
    return this.page.evaluate(
      () => document.querySelector('[role="status"]')?.textContent?.trim() ?? '',
    );
  }

  async waitStatus(text: string | RegExp): Promise<void> {
    await poll(
      () => this.status(),
      (s) => (typeof text === 'string' ? s === text : text.test(s)),
      { message: `status ${text}` },
    );
  }

  /** Is the input labelled `label` (exact text, or a pattern) checked, or disabled? */
  control(label: string | RegExp) {
    const source = typeof label === 'string' ? `^${escapeRe(label)}$` : label.source;
    return this.page.evaluate((src) => {
      const re = new RegExp(src);
      const input = [...document.querySelectorAll('label')]
        .find((l) => re.test(l.textContent?.trim() ?? ''))
        ?.querySelector('input');
      return input ? { checked: input.checked, disabled: input.disabled } : null;
    }, source);
  }

  async checked(label: string | RegExp): Promise<boolean | undefined> {
    return (await this.control(label))?.checked;
  }

  /** Clicks the input labelled `label` with the real mouse (a check, uncheck or choice). */
  async clickLabel(label: string | RegExp): Promise<void> {
    await this.clickWhere(label, 'label');
  }

  /** Clicks the button or link whose text (or aria-label) is `label`. */
  async clickButton(label: string | RegExp): Promise<void> {
    await this.clickWhere(label, 'button');
  }

  /** Focuses the control labelled `label` (an input inside a label, or a button). */
  async focus(label: string | RegExp, kind: 'label' | 'button' = 'label'): Promise<void> {
    const source = typeof label === 'string' ? `^${escapeRe(label)}$` : label.source;
    const ok = await this.page.evaluate(
      (src, k) => {
        const el = findIn(src, k);
        el?.focus();
        return el !== null;
        function findIn(s: string, kind: string): HTMLElement | null {
          const re = new RegExp(s);
          if (kind === 'label') {
            const l = [...document.querySelectorAll('label')].find((x) =>
              re.test(x.textContent?.trim() ?? ''),
            );
            return l?.querySelector('input') ?? null;
          }
          return (
            [...document.querySelectorAll<HTMLElement>('button, a')].find((b) =>
              re.test(b.getAttribute('aria-label') ?? b.textContent?.trim() ?? ''),
            ) ?? null
          );
        }
      },
      source,
      kind,
    );
    if (!ok) throw new Error(`nothing labelled ${label}`);
  }

  /** Types into the input labelled `label`, replacing what it held. */
  async fill(label: string | RegExp, text: string): Promise<void> {
    await this.focus(label);
    await this.page.evaluate(() => (document.activeElement as HTMLInputElement).select());
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
  }

  private async clickWhere(label: string | RegExp, kind: 'label' | 'button'): Promise<void> {
    const source = typeof label === 'string' ? `^${escapeRe(label)}$` : label.source;
    const read = () =>
      this.page.evaluate(
        (src, k) => {
          const re = new RegExp(src);
          let el: HTMLElement | null | undefined;
          if (k === 'label') {
            el = [...document.querySelectorAll('label')]
              .find((x) => re.test(x.textContent?.trim() ?? ''))
              ?.querySelector('input');
          } else {
            el = [...document.querySelectorAll<HTMLElement>('button, a')].find((b) =>
              re.test(b.getAttribute('aria-label') ?? b.textContent?.trim() ?? ''),
            );
          }
          if (!el) return null;
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        },
        source,
        kind,
      );
    const p = await poll(read, (v) => v !== null, { message: `control ${label}` });
    if (p) await this.page.mouse.click(p.x, p.y);
  }

  /** Texts of the buttons inside the list labelled `label`. */
  listButtons(label: string): Promise<string[]> {
    return this.page.evaluate(
      (l) =>
        [...(document.querySelector(`[aria-label="${l}"]`)?.querySelectorAll('button') ?? [])].map(
          (b) => b.textContent ?? '',
        ),
      label,
    );
  }

  text(): Promise<string> {
    return this.page.evaluate(() => document.body.innerText);
  }

  links(): Promise<{ text: string; href: string | null }[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('a')].map((a) => ({
        text: a.textContent?.trim() ?? '',
        href: a.getAttribute('href'),
      })),
    );
  }
}

export class Popup extends ExtensionView {}
export class Options extends ExtensionView {
  heading(): Promise<string> {
    return this.page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');
  }
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
