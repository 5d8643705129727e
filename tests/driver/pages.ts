// Page objects: a page with mentions (and the card on it), the popup and the options page.
// Each reads what a reader would see, in the page's own world, the same way in both browsers.
import { cardState, mentionCentre, paintedCount, quietFor } from '../../scripts/in-page.mjs';
import type { Control, Driver, Tab } from './driver';
import { poll } from './poll';
import { queryRole } from './roles';

type Point = { x: number; y: number };

/** The card, as the page's own world sees it. */
export class Card {
  constructor(readonly tab: Tab) {}

  state() {
    return this.tab.evaluate(cardState);
  }

  /** Is the card's dialog there and visible? */
  isOpen(): Promise<boolean> {
    return this.dialog().isVisible();
  }

  async waitOpen(): Promise<void> {
    await poll(() => this.isOpen(), true, { message: 'the card open' });
  }

  async waitClosed(): Promise<void> {
    await poll(() => this.isOpen(), false, { message: 'the card closed' });
  }

  /** Waits until the open card has finished its entrance (no animation or transition runs). */
  async waitStill(): Promise<void> {
    const still = () =>
      this.tab.evaluate(() => {
        const root = document.querySelector('d3k2-card')?.shadowRoot;
        const dialog = root?.querySelector('[role="dialog"]');
        if (!root || !dialog) return false;
        return root.getAnimations().every((a) => !a.pending && a.playState !== 'running');
      });
    await poll(still, true, { message: 'the card at rest' });
  }

  /** The dialog's box in viewport coordinates, or null while closed. */
  async rect() {
    return (await this.state()).rect;
  }

  /** An element in the card, by role and accessible name (see ./roles.ts). */
  role(role: string, name?: string, exact = false): Control {
    return this.tab.role(role, name, { exact, within: 'd3k2-card' });
  }

  button(name: string): Control {
    return this.role('button', name, true);
  }

  dialog(): Control {
    return this.role('dialog');
  }

  /** The disclosure that shows the full explanation, the links and the actions. */
  why(name = 'Why?'): Control {
    return this.role('button', name, true);
  }

  /** Opens the full explanation (a click), unless it is open already. */
  async expand(name?: string): Promise<void> {
    const why = this.why(name);
    if ((await why.attribute('aria-expanded')) !== 'true') await why.click();
    await poll(() => why.attribute('aria-expanded'), 'true', { message: 'the card expanded' });
  }

  /** The card's visible text. */
  text(): Promise<string> {
    return this.tab.evaluate(
      () =>
        (
          document
            .querySelector('d3k2-card')
            ?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null
        )?.innerText ?? '',
    );
  }

  /** What the card's polite live region says (for a card that opened without focus). */
  announced(): Promise<string> {
    return this.tab.evaluate(
      () =>
        document.querySelector('d3k2-card')?.shadowRoot?.querySelector('[role="status"]')
          ?.textContent ?? '',
    );
  }

  /** How many card hosts the page holds (one at most, ever). */
  hosts(): Promise<number> {
    return this.tab.evaluate(() => document.querySelectorAll('d3k2-card').length);
  }
}

/** A page the extension marks: a fixture from the test server, or any address. */
export class MentionPage {
  readonly card: Card;

  constructor(
    readonly driver: Driver,
    readonly tab: Tab,
  ) {
    this.card = new Card(tab);
  }

  /**
   * Loads a fixture (tests/fixtures/…) from the test server; `host`: under another name for
   * this machine, a `*.localhost` one (a site with subdomains, an international name).
   */
  async open(fixture: string, host?: string): Promise<void> {
    const origin = host ? this.driver.origin.replace('127.0.0.1', host) : this.driver.origin;
    await this.tab.goto(`${origin}/fixtures/${fixture}`);
  }

  /** Loads a fixture and waits until `mentions` are painted. */
  async load(fixture: string, mentions: number, host?: string): Promise<void> {
    await this.open(fixture, host);
    await this.expectCount(mentions);
  }

  /**
   * Waits until the extension has looked at the page and finished what that started (no
   * `d3k2:` measure for 300 ms): waking on a mention, reading the settings, painting.
   */
  async settle(timeout = 10_000): Promise<void> {
    await this.tab.waitFor(quietFor, 300, timeout);
  }

  /** How many ranges the page's own world sees under our highlight name. */
  highlightCount(): Promise<number> {
    return this.tab.evaluate(paintedCount);
  }

  /** Waits until exactly `n` mentions are painted. */
  async expectCount(n: number, timeout?: number): Promise<void> {
    await poll(() => this.highlightCount(), n, {
      message: 'painted mentions',
      ...(timeout ? { timeout } : {}),
    });
  }

  /** The painted texts, in document order. */
  highlightedTexts(): Promise<string[]> {
    return this.tab.evaluate(() => {
      const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((r) => r.toString());
    });
  }

  /** The names of our passes so far (`d3k2:scan` → 'scan'), each once. */
  passes(): Promise<string[]> {
    return this.tab.evaluate(() => [
      ...new Set(
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('d3k2:'))
          .map((m) => m.name.slice(5)),
      ),
    ]);
  }

  /**
   * The centre of the n-th mention's first box, in viewport coordinates, after scrolling it
   * into view (`block`: where it should land; 'none' leaves the scroll position alone).
   */
  mentionPoint(n = 0, block: ScrollLogicalPosition | 'none' = 'center'): Promise<Point> {
    return this.tab.evaluate(mentionCentre, [n, block] as [number, ScrollLogicalPosition | 'none']);
  }

  /** Rests the pointer on mention n; returns where. */
  async hover(n = 0, block: ScrollLogicalPosition | 'none' = 'center'): Promise<Point> {
    const point = await this.mentionPoint(n, block);
    await this.tab.move(point.x, point.y);
    return point;
  }

  /** Rests the pointer on mention n and waits for its card. */
  async openCard(n = 0): Promise<Point> {
    const point = await this.hover(n);
    await this.card.waitOpen();
    return point;
  }

  async tapMention(n = 0): Promise<Point> {
    const point = await this.mentionPoint(n);
    await this.tab.tap(point.x, point.y);
    return point;
  }

  /**
   * The mention (document order) nearest the middle of the viewport: the one the keyboard
   * command or the popup went to, as they scroll their mention to the middle.
   */
  centredMention(): Promise<number> {
    return this.tab.evaluate(() => {
      const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const off = ranges.map((range) => {
        const r = range.getBoundingClientRect();
        return Math.abs((r.top + r.bottom) / 2 - innerHeight / 2);
      });
      return off.indexOf(Math.min(...off));
    });
  }

  /** Is the element with this id wholly inside the viewport, top to bottom? */
  isInView(id: string): Promise<boolean> {
    return this.tab.evaluate((elementId) => {
      const r = document.getElementById(elementId)?.getBoundingClientRect();
      return r !== undefined && r.top >= 0 && r.bottom <= innerHeight;
    }, id);
  }

  /** Renders the page as for print, or for the screen again (capability `printMedia`). */
  async emulatePrint(print: boolean): Promise<void> {
    await this.tab.page.emulateMediaType(print ? 'print' : undefined);
  }

  /** The id of the focused element of the page (not the card's). */
  async pageFocus(): Promise<string | null> {
    return (await this.card.state()).pageFocus;
  }
}

/** The popup page, opened in a tab: it describes the tab the user was on before. */
export class Popup {
  private constructor(readonly tab: Tab) {}

  static async open(driver: Driver): Promise<Popup> {
    return new Popup(await driver.openExtensionPage('popup.html'));
  }

  /** The first status line ('3 mentions on this page'), once it has one. */
  status(): Promise<string | null> {
    return this.tab.role('status').text();
  }

  async expectStatus(text: string): Promise<void> {
    await poll(() => this.status(), text, { message: 'the popup status' });
  }

  /** A switch, by (part of) its name: 'On all sites', 'On 127.0.0.1'. */
  switch(name: string): Control {
    return this.tab.role('switch', name);
  }

  /** A choice of the quick highlight style, by its label: 'Background tint'. */
  radio(name: string): Control {
    return this.tab.role('radio', name);
  }

  checkbox(name: string): Control {
    return this.tab.role('checkbox', name);
  }

  button(name: string, exact = true): Control {
    return this.tab.role('button', name, { exact });
  }

  /** What each status line says, in order: the headline, then the site switch's line. */
  async statuses(): Promise<string[]> {
    const all = this.tab.role('status');
    const texts = [];
    for (let i = 0, n = await all.count(); i < n; i++) texts.push((await all.nth(i).text()) ?? '');
    return texts;
  }

  /** The focused element's role and name, as a reader of the popup would hear them. */
  focused(): Promise<{ role: string | null; name: string }> {
    return this.tab.evaluate(() => {
      const el = document.activeElement;
      return {
        role: el?.getAttribute('role') ?? el?.localName ?? null,
        name: (el as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? '',
      };
    });
  }

  /** The mentions listed, as buttons that scroll the page to each. */
  mentions(): Control {
    return this.tab.role('button', undefined, {
      inside: { role: 'list', name: 'Mentions on this page' },
    });
  }

  link(name: string): Control {
    return this.tab.role('link', name);
  }

  close(): Promise<void> {
    return this.tab.close();
  }
}

/** The options page, in a tab. */
export class Options {
  constructor(readonly tab: Tab) {}

  static async open(driver: Driver): Promise<Options> {
    const options = new Options(await driver.openExtensionPage('options.html'));
    await poll(() => options.heading().isVisible(), true, { message: 'the options heading' });
    return options;
  }

  heading(): Control {
    return this.tab.role('heading', undefined, { level: 1 });
  }

  switch(name: string): Control {
    return this.tab.role('switch', name);
  }

  radio(name: string): Control {
    return this.tab.role('radio', name);
  }

  button(name: string, exact = false): Control {
    return this.tab.role('button', name, { exact });
  }

  /** A number field, by its label. */
  number(label: string): Control {
    return this.tab.role('spinbutton', label);
  }

  /** The field a site is typed into. */
  siteField(): Control {
    return this.tab.role('textbox', 'Site', { exact: true });
  }

  /** The list of sites where it is off. */
  sites(): Control {
    return this.tab.role('list', 'Sites where it is off');
  }

  alert(): Control {
    return this.tab.role('alert');
  }

  /** The Reset section's status line. */
  resetStatus(): Control {
    return this.tab.role('status', undefined, {
      inside: { role: 'region', name: 'Reset', exact: true },
    });
  }

  /**
   * The keyboard shortcuts listed, in order: each command's description, its keys as the page
   * shows them in a <kbd> (null when it shows none), and the text it shows in their place.
   */
  async shortcuts(list = 'Keyboard shortcuts'): Promise<ShortcutShown[]> {
    const items = await this.tab.page.evaluateHandle(queryRole, {
      role: 'listitem',
      inside: { role: 'list', name: list, exact: true },
    });
    try {
      return await items.evaluate((els) =>
        els.map((li) => {
          const [description, value] = [...li.children];
          return {
            description: description?.textContent ?? '',
            keys: value?.localName === 'kbd' ? value.textContent : null,
            shown: value?.textContent ?? '',
          };
        }),
      );
    } finally {
      await items.dispose();
    }
  }

  /** The accessible text of the focused element ('' for none). */
  focused(): Promise<string> {
    return this.tab.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? (el.textContent ?? '').trim() : '';
    });
  }

  close(): Promise<void> {
    return this.tab.close();
  }
}

export interface ShortcutShown {
  description: string;
  keys: string | null;
  shown: string;
}
