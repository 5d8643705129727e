import { afterEach, expect, test } from 'vitest';
import { contextOf } from './context';
import { scan } from './scanner';
import { Slicer } from './slicer';

afterEach(() => {
  document.body.replaceChildren();
});

const snippets = async (html: string) => {
  document.body.innerHTML = html;
  const { shown } = await scan(document, { limit: 200, hiddenLimit: 200 }, new Slicer('test'));
  return shown.map((m) => {
    const { before, after } = contextOf(m);
    return `${before}[${m.range.toString()}]${after}`;
  });
};

test.each([
  [
    'one paragraph',
    '<p>Many take vitamin D3 in winter.</p>',
    ['Many take [vitamin D3] in winter.'],
  ],
  [
    'a nested block after the mention',
    '<div>Drops with vitamin D3, 400 IU per drop<div>$12.49</div></div>',
    ['Drops with [vitamin D3], 400 IU per drop'],
  ],
  [
    'a span the page shows as a block',
    '<div>Vitamin D3 drops<span style="display:block">$12.49</span></div>',
    ['[Vitamin D3] drops'],
  ],
  [
    'a line break before',
    '<p>Bestseller<br>Vitamin D3 and K2 drops</p>',
    ['[Vitamin D3] and K2 drops'],
  ],
  [
    'inline elements keep the line',
    '<p>Take <b>vitamin D3</b> with <a href="#">K2</a> daily.</p>',
    ['Take [vitamin D3] with K2 daily.'],
  ],
  [
    'display: contents is walked into',
    '<p>Take <span style="display:contents">vitamin D3</span> daily.</p>',
    ['Take [vitamin D3] daily.'],
  ],
  [
    'hidden and script text is left out',
    '<div>Vitamin D3<script>var x = 1;</script> drops<span hidden>secret</span></div>',
    ['[Vitamin D3] drops'],
  ],
])('%s', async (_name, html, expected) => {
  expect(await snippets(html)).toEqual(expected);
});
