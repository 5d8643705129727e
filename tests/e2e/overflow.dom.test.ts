import { afterEach, expect, test } from 'vitest';
import { overflowing } from './overflow';

afterEach(() => document.body.replaceChildren());

const at = (html: string) => {
  document.body.innerHTML = `<main style="width: 200px">${html}</main>`;
  return overflowing('main');
};

test.each<[string, string, number]>([
  ['text that wraps', '<p>A long sentence that wraps onto several lines in the box.</p>', 0],
  [
    'a visually hidden label',
    '<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Hidden words here</span>',
    0,
  ],
  [
    'a word too long for its box, clipped',
    '<button style="width:60px;overflow:hidden;white-space:nowrap">Einstellungenzurücksetzen</button>',
    1,
  ],
  ['a box wider than its container', '<div style="width:300px">wide</div>', 1],
  [
    'an unbreakable word past the container',
    '<p style="white-space:nowrap">Ещёоднооченьдлинноесловобезпробелов</p>',
    1,
  ],
])('%s → %i', (_name, html, problems) => {
  expect(at(html)).toHaveLength(problems);
});
