import { afterEach, expect, test } from 'vitest';
import { scan } from './scanner';
import { Slicer } from './slicer';

afterEach(() => {
  document.body.replaceChildren();
});

const texts = async (html: string, limit = 200) => {
  document.body.innerHTML = html;
  const found = await scan(document, limit, new Slicer('test'));
  return found.map((m) => m.range.toString());
};

test.each([
  ['plain text', '<p>Take vitamin D3 with K2.</p>', ['vitamin D3']],
  ['a subscript', '<p>Take vitamin D<sub>3</sub> daily.</p>', ['vitamin D3']],
  ['across inline elements', '<p>Take <b>vitamin</b> <i>D3</i> daily.</p>', ['vitamin D3']],
  ['two blocks', '<p>vitamin D3</p><p>cholecalciferol</p>', ['vitamin D3', 'cholecalciferol']],
  ['not across blocks', '<p>Take vitamin</p><p>D3 exit ahead.</p>', []],
  [
    'scripts and styles',
    '<script>var d = "vitamin D3"</script><style>/* vitamin D3 */</style>',
    [],
  ],
  ['form fields', '<textarea>vitamin D3</textarea><input value="vitamin D3">', []],
  ['code', '<pre><code>import d3 from "d3"; // vitamin D3</code></pre>', []],
])('%s', async (_name, html, expected) => {
  expect(await texts(html)).toEqual(expected);
});

test('stops at the limit, in document order', async () => {
  expect(await texts('<p>vitamin D3</p>'.repeat(5), 3)).toEqual([
    'vitamin D3',
    'vitamin D3',
    'vitamin D3',
  ]);
});
