import { afterEach, expect, test } from 'vitest';
import { now, testTimers, until } from './dom-test-host';
import { LiveMentions } from './live-mentions';
import { HIGHLIGHT_NAME } from './painter';

let live: LiveMentions | undefined;
afterEach(() => {
  live?.stop();
  document.body.replaceChildren();
});

async function start(html: string, limit = 200, ignored: string[] = []) {
  document.body.innerHTML = html;
  let changes = 0;
  live = new LiveMentions(
    { timers: testTimers, whenIdle: now, whenLoaded: now, onChange: () => changes++ },
    { limit, style: 'underline', ignored },
  );
  await live.start();
  return { live, changes: () => changes };
}

const painted = () => CSS.highlights.get(HIGHLIGHT_NAME)?.size ?? 0;

test('paints what it finds under the public name and the style name', async () => {
  await start('<p>vitamin D3</p><p>cholecalciferol</p>');
  expect(painted()).toBe(2);
  expect(CSS.highlights.has('d3k2-style-underline')).toBe(true);
});

test('keeps up with text added, edited and removed', async () => {
  const { live } = await start('<p id="a">vitamin D3</p>');
  const p = document.createElement('p');
  p.textContent = 'Added later: vitamin D3.';
  document.body.append(p);
  await until(() => live.mentions.length, 2);
  (document.getElementById('a') as HTMLElement).textContent = 'nothing here';
  await until(() => live.mentions.length, 1);
  p.remove();
  await until(() => live.mentions.length, 0);
  expect(painted()).toBe(0);
});

test('paints to the limit as the page grows, and counts on', async () => {
  const { live } = await start('<p>vitamin D3</p>', 2);
  for (let i = 0; i < 3; i++) {
    const p = document.createElement('p');
    p.textContent = 'vitamin D3';
    document.body.append(p);
  }
  await until(() => live.mentions.length, 4);
  expect(live.painted).toHaveLength(2);
  expect(painted()).toBe(2);
});

test('the first ones are painted: a mention added above takes the place of the last', async () => {
  const { live } = await start('<p>vitamin D3</p><p>cholecalciferol</p>', 2);
  document.body.prepend(Object.assign(document.createElement('p'), { textContent: 'D3 + K2' }));
  await until(() => live.mentions.length, 3);
  // A Highlight keeps its ranges in the order they were added.
  expect(paintedTexts().sort()).toEqual(['D3', 'vitamin D3']);
  expect(live.painted.map((m) => m.text)).toEqual(['D3', 'vitamin D3']);
});

test('stop takes the highlights away and stops watching', async () => {
  const { live } = await start('<p>vitamin D3</p>');
  live.stop();
  expect(painted()).toBe(0);
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'vitamin D3' }));
  await new Promise((r) => setTimeout(r, 200));
  expect(painted()).toBe(0);
});

const paintedTexts = () =>
  [...((CSS.highlights.get(HIGHLIGHT_NAME) ?? []) as Iterable<Range>)].map((r) => r.toString());

test('hidden text is neither painted nor counted until it shows', async () => {
  const { live } = await start(
    '<p>vitamin D3</p><p hidden>cholecalciferol</p><details><summary>More</summary><p>D3 + K2</p></details>',
  );
  expect(paintedTexts()).toEqual(['vitamin D3']);
  expect(live.mentions).toHaveLength(1);
  expect(live.hidden.map((m) => m.text)).toEqual(['cholecalciferol', 'D3']);
});

// Each way a page shows text, and what it does to the page; the mention is painted after.
test.each<[string, string, () => void]>([
  [
    'a <details> opened',
    '<details id="t"><summary>More</summary><p>D3 + K2 drops</p></details>',
    () => ((document.getElementById('t') as HTMLDetailsElement).open = true),
  ],
  [
    '`hidden` removed',
    '<p id="t" hidden>vitamin D3</p>',
    () => document.getElementById('t')?.removeAttribute('hidden'),
  ],
  [
    'a class toggled on an ancestor',
    '<style>.closed{display:none}</style><div id="t" class="closed"><section><p>vitamin D3</p></section></div>',
    () => document.getElementById('t')?.classList.remove('closed'),
  ],
  [
    'visibility set back on the element',
    '<p id="t" style="visibility:hidden">vitamin D3</p>',
    () => ((document.getElementById('t') as HTMLElement).style.visibility = 'visible'),
  ],
  [
    'a visually hidden class taken off',
    '<style>.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style><p><span id="t" class="sr">vitamin D3</span></p>',
    () => document.getElementById('t')?.classList.remove('sr'),
  ],
  [
    'a tab shown by a checked radio button, no attribute of its own changed',
    '<style>.panel{display:none}#r:checked~.panel{display:block}</style><input type="radio" id="r"><div class="panel"><p>vitamin D3</p></div>',
    () => ((document.getElementById('r') as HTMLInputElement).checked = true),
  ],
])('painted once it shows: %s', async (_name, html, show) => {
  const { live, changes } = await start(`<p>cholecalciferol</p>${html}`);
  expect(live.mentions).toHaveLength(1);
  const before = changes();
  show();
  await until(() => live.mentions.length, 2);
  expect(painted()).toBe(2);
  expect(live.hidden).toHaveLength(0);
  expect(changes()).toBeGreaterThan(before);
});

test('a <details> closed takes its painted mentions off, and opened again puts them back', async () => {
  const { live } = await start(
    '<p>cholecalciferol</p><details id="t" open><summary>More</summary><p>vitamin D3</p></details>',
  );
  expect(live.mentions).toHaveLength(2);
  const details = document.getElementById('t') as HTMLDetailsElement;
  details.open = false;
  await until(() => live.mentions.length, 1);
  expect(paintedTexts()).toEqual(['cholecalciferol']);
  details.open = true;
  await until(() => live.mentions.length, 2);
});

test('"only the first": the first shown; one that shows above it becomes the first', async () => {
  const { live } = await start('<p id="t" hidden>vitamin D3</p><p>cholecalciferol</p>', 1);
  expect(paintedTexts()).toEqual(['cholecalciferol']);
  expect(live.mentions).toHaveLength(1);
  document.getElementById('t')?.removeAttribute('hidden');
  await until(() => live.mentions.length, 2);
  expect(paintedTexts()).toEqual(['vitamin D3']);
});

test('nothing is watched on a page whose mentions all show', async () => {
  const { live } = await start('<p>vitamin D3</p>');
  expect(live.hidden).toHaveLength(0);
  // A class toggled anywhere leads to no look at visibility.
  const looks = () => performance.getEntriesByName('d3k2:visibility').length;
  const before = looks();
  document.body.classList.toggle('x');
  await new Promise((r) => setTimeout(r, 150));
  expect(looks()).toBe(before);
});

test('phrases not marked go at once, and come back when marked again', async () => {
  const { live, changes } = await start(
    '<p>D3 + K2 drops</p><p>vitamin D3</p><p>Iron, D3 and K2.</p>',
  );
  expect(paintedTexts()).toEqual(['D3', 'vitamin D3', 'D3']);
  const before = changes();
  live.setIgnored(['d3']);
  // At once: no scan needed to take them away.
  expect(paintedTexts()).toEqual(['vitamin D3']);
  expect(changes()).toBe(before + 1);
  live.setIgnored([]);
  await until(() => live.mentions.length, 3);
});

test('a phrase not marked makes room under the limit for the next mention', async () => {
  const { live } = await start('<p>D3 + K2 drops</p><p>vitamin D3</p>', 1);
  expect(paintedTexts()).toEqual(['D3']);
  live.setIgnored(['d3']);
  await until(() => paintedTexts().join(), 'vitamin D3');
});
