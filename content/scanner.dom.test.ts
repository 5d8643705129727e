import { afterEach, expect, test } from 'vitest';
import { scan } from './scanner';
import { Slicer } from './slicer';

afterEach(() => {
  document.body.replaceChildren();
});

const found = async (html: string, limit = 200, hiddenLimit = 200, ignored?: string) => {
  document.body.innerHTML = html;
  const { shown, hidden } = await scan(
    document,
    { limit, hiddenLimit, ignored: ignored ? (text) => text === ignored : undefined },
    new Slicer('test'),
  );
  return { shown: shown.map((m) => m.range.toString()), hidden: hidden.map((m) => m.text) };
};
const texts = async (html: string, limit = 200) => (await found(html, limit)).shown;

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

const SR_ONLY =
  'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;white-space:nowrap;border:0';

// Each case: shown mentions, then hidden ones. The hidden are kept (to be watched), not shown.
test.each<[string, string, string[], string[]]>([
  ['display:none', '<div style="display:none"><p>Take vitamin D3.</p></div>', [], ['vitamin D3']],
  ['visibility:hidden', '<p style="visibility:hidden">vitamin D3</p>', [], ['vitamin D3']],
  [
    'visible again inside visibility:hidden',
    '<div style="visibility:hidden"><p style="visibility:visible">vitamin D3</p></div>',
    ['vitamin D3'],
    [],
  ],
  [
    'a closed <details>',
    '<details><summary>More</summary><p>vitamin D3</p></details>',
    [],
    ['vitamin D3'],
  ],
  [
    'an open <details>',
    '<details open><summary>More</summary><p>vitamin D3</p></details>',
    ['vitamin D3'],
    [],
  ],
  ['the hidden attribute', '<p hidden>vitamin D3</p>', [], ['vitamin D3']],
  ['hidden="until-found"', '<div hidden="until-found"><p>vitamin D3</p></div>', [], ['vitamin D3']],
  [
    '[hidden] shown by the page',
    '<style>.shown[hidden]{display:block}</style><p class="shown" hidden>vitamin D3</p>',
    ['vitamin D3'],
    [],
  ],
  [
    'visually hidden: clip rect(0 0 0 0)',
    `<p>Read <span style="${SR_ONLY};clip:rect(0 0 0 0)">about vitamin D3</span> here.</p>`,
    [],
    ['vitamin D3'],
  ],
  [
    'visually hidden: clip-path inset(50%)',
    `<p>Read <span style="${SR_ONLY};clip-path:inset(50%)">about vitamin D3</span>.</p>`,
    [],
    ['vitamin D3'],
  ],
  [
    'visually hidden, one element further in',
    `<div style="${SR_ONLY};clip:rect(1px,1px,1px,1px)"><p><b>vitamin D3</b></p></div>`,
    [],
    ['vitamin D3'],
  ],
  [
    'a collapsed accordion (height 0, overflow hidden)',
    '<div style="height:0;overflow:hidden"><p>vitamin D3</p></div>',
    [],
    ['vitamin D3'],
  ],
  [
    'overflow hidden with room: shown',
    '<div style="height:100px;overflow:hidden"><p>vitamin D3</p></div>',
    ['vitamin D3'],
    [],
  ],
  [
    'aria-hidden but visible: still a mention',
    '<p aria-hidden="true">vitamin D3</p>',
    ['vitamin D3'],
    [],
  ],
  ['opacity 0: still a mention', '<p style="opacity:0">vitamin D3</p>', ['vitamin D3'], []],
  [
    'display:contents: shown',
    '<p><span style="display:contents">vitamin D3</span></p>',
    ['vitamin D3'],
    [],
  ],
  [
    'off-screen content-visibility:auto: shown',
    '<div style="height:3000px"></div><section style="content-visibility:auto"><p>vitamin D3</p></section>',
    ['vitamin D3'],
    [],
  ],
])('%s', async (_name, html, shown, hidden) => {
  expect(await found(html)).toEqual({ shown, hidden });
});

test('hidden mentions do not count towards the limit: "the first" is the first shown', async () => {
  expect(await found('<p hidden>vitamin D3</p><p>cholecalciferol</p><p>vitamin D3</p>', 1)).toEqual(
    { shown: ['cholecalciferol'], hidden: ['vitamin D3'] },
  );
});

test('hidden mentions are kept up to their own limit', async () => {
  const html = `${'<p hidden>vitamin D3</p>'.repeat(5)}<p>cholecalciferol</p>`;
  expect(await found(html, 200, 2)).toEqual({
    shown: ['cholecalciferol'],
    hidden: ['vitamin D3', 'vitamin D3'],
  });
});

test('a run of many mentions, the first ones hidden or passed over, still finds the rest', async () => {
  const hiddenOnes = '<span hidden>vitamin D3</span> '.repeat(3);
  const html = `<p>${hiddenOnes} cholecalciferol, D3 and K2, vitamin D3.</p>`;
  expect(await found(html, 2, 1, 'cholecalciferol')).toEqual({
    shown: ['D3', 'vitamin D3'],
    hidden: ['vitamin D3'],
  });
});

test('ignored phrases are neither shown nor hidden', async () => {
  expect(
    await found(
      '<p>vitamin D3</p><p hidden>vitamin D3</p><p>cholecalciferol</p>',
      200,
      200,
      'vitamin D3',
    ),
  ).toEqual({ shown: ['cholecalciferol'], hidden: [] });
});

test('an ignored last hit of a batch does not end the run: the mention after it is found', async () => {
  // Room for one mention only: the matcher is asked for one hit, which is the ignored "D3".
  expect(await found('<p>Take D3 + K2, or vitamin D3 alone.</p>', 1, 0, 'D3')).toEqual({
    shown: ['vitamin D3'],
    hidden: [],
  });
});
