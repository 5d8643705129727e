import { afterEach, expect, test } from 'vitest';
import { pageMentionsK2, textBeside } from './mention-facts';

afterEach(() => {
  document.body.replaceChildren();
});

/** The range of the first `needle` in the body's text, which may cross elements. */
function rangeOf(needle: string): Range {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(needle);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      return range;
    }
  }
  throw new Error(`no ${needle}`);
}

// [case, page, how far to read, the text before, the text after]
test.each([
  ['one text node', '<p>Take 2000 IU of D3 daily.</p>', 64, 'Take 2000 IU of ', ' daily.'],
  [
    'across inline elements',
    '<p>Take <b>2000</b> IU of <i>D3</i> <em>(50 mcg)</em></p>',
    64,
    'Take 2000 IU of ',
    ' (50 mcg)',
  ],
  ['not from other blocks', '<div><p>2000 IU</p><p>D3 here</p><p>5 IU</p></div>', 64, '', ' here'],
  [
    'at most the reach',
    `<p>${'x'.repeat(100)} D3 ${'y'.repeat(100)}</p>`,
    10,
    `${'x'.repeat(9)} `,
    ` ${'y'.repeat(9)}`,
  ],
])('the text beside a mention: %s', (_name, html, reach, before, after) => {
  document.body.innerHTML = html;
  expect(textBeside(rangeOf('D3'), reach)).toEqual({ before, after });
});

test.each([
  ['in the text', '<p>Vitamin D3 and vitamin K2.</p>', true],
  ['written with a subscript', '<p>Vitamin D3 and vitamin K<sub>2</sub>.</p>', true],
  ['as menaquinone', '<p>Vitamin D3 and menaquinone-7.</p>', true],
  ['only in a script', '<p>Vitamin D3.</p><script>var sku = "K2";</script>', false],
  ['only in a style', '<p>Vitamin D3.</p><style>.K2 { color: red }</style>', false],
  ['nowhere', '<p>Vitamin D3 alone.</p>', false],
])('the page mentions K2: %s', (_name, html, expected) => {
  document.body.innerHTML = html;
  expect(pageMentionsK2(document)).toBe(expected);
});
