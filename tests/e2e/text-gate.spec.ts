import type { Slicer } from '../../content/slicer';
import { bundleForPage } from './bundle';
import { expect, test } from './fixtures';

interface Case {
  name: string;
  head?: string;
  body: string;
  /** Done in the page once the content is in place (see `changes` below). */
  change?: 'element under html' | 'text under html' | 'no body' | 'shadow with' | 'shadow without';
  /** What the gate is asked about: the document, an element's id, or `shadow` (#host's root). */
  root?: string;
  expected: boolean;
}

const PLAIN = '<p>Plain words about bones and sunlight.</p>';

// The gate may say yes where the walk then finds nothing (text that only looks like a candidate
// when neighbours are joined, or sits in code); it must never say no where a text node passes
// the prefilter outside the head.
const CASES: Case[] = [
  { name: 'no candidate anywhere', body: PLAIN, expected: false },
  { name: 'a mention in the body', body: '<p>I take vitamin D3.</p>', expected: true },
  {
    name: 'candidates only in the head (title, CSS colour)',
    head: '<title>Vitamin D3</title><style>p { color: #d3d3d3 }</style>',
    body: PLAIN,
    expected: false,
  },
  {
    name: 'a candidate in an element under <html>, outside the body',
    body: PLAIN,
    change: 'element under html',
    expected: true,
  },
  {
    name: 'text right under <html>',
    body: PLAIN,
    change: 'text under html',
    expected: true,
  },
  {
    name: 'no body at all: everything is walked',
    body: PLAIN,
    change: 'no body',
    expected: true,
  },
  {
    name: 'a candidate split across elements',
    body: '<p>D<b>3</b> drops</p>',
    expected: true,
  },
  {
    name: 'a candidate in an inline script: walked, then dropped there',
    body: `${PLAIN}<script type="application/json">{"id":"a9d3f"}</script>`,
    expected: true,
  },
  {
    name: 'an element without a candidate',
    body: `<div id="r">${PLAIN}</div>`,
    root: 'r',
    expected: false,
  },
  {
    name: 'an element with one',
    body: '<div id="r"><p>Vitamin D3</p></div>',
    root: 'r',
    expected: true,
  },
  {
    name: 'a shadow root with one',
    body: '<div id="host"></div>',
    change: 'shadow with',
    root: 'shadow',
    expected: true,
  },
  {
    name: 'a shadow root without',
    body: '<div id="host"></div>',
    change: 'shadow without',
    root: 'shadow',
    expected: false,
  },
];

test.describe('the text gate, in a real page', () => {
  test.beforeEach(async ({ page, worker }) => {
    await page.goto(`${worker.origin}/fixtures/no-mentions.html`);
    await page.addScriptTag({ content: await bundleForPage('content/text-gate.ts', 'Gate') });
    await page.addScriptTag({ content: await bundleForPage('content/scanner.ts', 'Scanner') });
  });

  for (const c of CASES) {
    test(`${c.name}: ${c.expected ? 'yes' : 'no'}`, async ({ page }) => {
      const answer = await page.evaluate(
        async ({ head, body, change, root }) => {
          document.head.innerHTML = head;
          document.body.innerHTML = body;
          const host = () => document.getElementById('host')?.attachShadow({ mode: 'open' });
          const changes = {
            'element under html': () => {
              const div = document.createElement('div');
              div.textContent = 'vitamin D3';
              document.documentElement.append(div);
            },
            'text under html': () => document.documentElement.append('vitamin D3'),
            'no body': () => document.body.remove(),
            'shadow with': () => host()?.append('vitamin D3'),
            'shadow without': () => host()?.append('Plain words.'),
          };
          if (change) changes[change]();
          const node =
            root === undefined
              ? document
              : root === 'shadow'
                ? (document.getElementById('host')?.shadowRoot as ShadowRoot)
                : (document.getElementById(root) as Element);
          const { Gate } = window as unknown as { Gate: typeof import('../../content/text-gate') };
          const slicer = { checkpoint: async () => undefined } as unknown as Slicer;
          return Gate.mayHoldMention(node, slicer);
        },
        { head: c.head ?? '', body: c.body, change: c.change, root: c.root },
      );
      expect(answer).toBe(c.expected);
    });
  }

  const CUSTOM: [string, string, boolean][] = [
    ['no custom element', PLAIN, false],
    ['a custom element', '<my-widget>hello</my-widget>', true],
    ['one deep inside', '<div><section><x-card></x-card></section></div>', true],
  ];
  for (const [name, body, expected] of CUSTOM) {
    test(`custom elements, ${name}: ${expected ? 'yes' : 'no'}`, async ({ page }) => {
      const answer = await page.evaluate((html) => {
        document.body.innerHTML = html;
        const { Scanner } = window as unknown as {
          Scanner: typeof import('../../content/scanner');
        };
        return Scanner.hasCustomElements(document);
      }, body);
      expect(answer).toBe(expected);
    });
  }
});
