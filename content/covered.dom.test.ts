import { afterEach, expect, test } from 'vitest';
import { covered } from './covered';
import { HOST_NAME } from './readable';

afterEach(() => {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

/** A page with a 100 px header fixed at the top and a mention far down; `extra` for a case. */
function page(extra = ''): Range {
  document.body.innerHTML = `
    <header style="position: fixed; top: 0; left: 0; right: 0; height: 100px; background: #fff">
      Header
    </header>
    <div style="height: 1500px"></div>
    <p id="p" style="margin: 0; font: 16px/20px sans-serif">
      Some text with <a href="#x">vitamin D3</a> in it.
    </p>
    <div style="height: 3000px"></div>${extra}`;
  const text = document.querySelector('#p a')?.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.length);
  return range;
}

/** Scrolls so that the mention's top lands `y` px below the top of the viewport. */
function scrollMentionTo(range: Range, y: number) {
  window.scrollBy(0, range.getBoundingClientRect().top - y);
}

test.each<[string, number, string, boolean]>([
  ['in plain view', 300, '', false],
  ['under the fixed header', 40, '', true],
  ['half under the header: the visible half counts', 90, '', false],
  ['scrolled out above: not "covered" (scrolled out is checked apart)', -200, '', false],
  [
    'under our own card: not the page covering it',
    300,
    `<${HOST_NAME} style="position: fixed; inset: 0; display: block"></${HOST_NAME}>`,
    false,
  ],
  [
    'under a fixed banner at the bottom of the view',
    'innerHeight' in window ? window.innerHeight - 30 : 0,
    '<div style="position: fixed; bottom: 0; left: 0; right: 0; height: 80px; background: #eee"></div>',
    true,
  ],
])('%s', (_name, y, extra, expected) => {
  const range = page(extra);
  scrollMentionTo(range, y);
  expect(covered(range)).toBe(expected);
});

test('a mention inside a sticky header is its own, not covered', () => {
  document.body.innerHTML = `
    <header style="position: sticky; top: 0; height: 60px; background: #fff">
      <span id="m">vitamin D3</span>
    </header>
    <div style="height: 3000px"></div>`;
  window.scrollTo(0, 500);
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('m') as HTMLElement);
  expect(covered(range)).toBe(false);
});
