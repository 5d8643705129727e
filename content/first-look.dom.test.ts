import { afterEach, beforeEach, expect, test } from 'vitest';
import { now, testTimers, until } from './dom-test-host';
import { startFirstLook } from './first-look';

let stop: (() => void) | undefined;
beforeEach(() => performance.clearMeasures());
afterEach(() => {
  stop?.();
  document.body.replaceChildren();
});

/** Starts a look on a body of `content`; returns how many times it has woken the engine. */
function start(content: string | Node) {
  if (typeof content === 'string') document.body.innerHTML = content;
  else document.body.replaceChildren(content);
  let found = 0;
  stop = startFirstLook({
    timers: testTimers,
    whenIdle: now,
    whenLoaded: now,
    onFound: () => found++,
  });
  return () => found;
}

const settle = () => new Promise((r) => setTimeout(r, 100));

test.each([
  ['a mention', 1, '<p>Take vitamin D3.</p>'],
  ['a code whose 3 is in the next node', 1, '<p>vitamin D<sub>3</sub></p>'],
  ['a chemical name', 1, '<p>Cholecalciferol</p>'],
  ['vitamins but no D3', 0, '<p>Vitamin C and vitamin D are vitamins.</p>'],
  ['code names', 0, '<p>d3.js and d3-scale draw #D3D3D3 bars; =D3*7</p>'],
  ['a mention in a script', 0, '<script>/* vitamin D3 */</script>'],
])('%s: wakes the engine %i time(s)', async (_name, times, html) => {
  const found = start(html);
  await settle();
  expect(found()).toBe(times);
});

test('text added later wakes it, once', async () => {
  const found = start('<p>nothing yet</p>');
  await new Promise((r) => setTimeout(r, 50));
  expect(found()).toBe(0);
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'vitamin D3' }));
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'vitamin D3' }));
  await until(found, 1);
  await settle();
  expect(found()).toBe(1);
});

/** A custom element whose open shadow root holds `content`. */
function shadowHost(content: string | Node, name = 'x-look-host'): Element {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  if (typeof content === 'string') shadow.innerHTML = content;
  else shadow.append(content);
  return host;
}

test.each([
  ['in a shadow root', 1, () => shadowHost('<p>vitamin D3</p>')],
  ['in a shadow root in another', 1, () => shadowHost(shadowHost('<p>D3</p>'), 'x-outer')],
  ['in shadow roots, none', 0, () => shadowHost(shadowHost('<p>d3.js</p>'), 'x-outer')],
])('text %s: wakes the engine %i time(s)', async (_name, times, make) => {
  const found = start(make());
  await settle();
  expect(found()).toBe(times);
});

test('text added later in a shadow root wakes it', async () => {
  const host = shadowHost('<p>nothing yet</p>');
  const found = start(host);
  await settle();
  expect(found()).toBe(0);
  host.shadowRoot?.append(Object.assign(document.createElement('p'), { textContent: 'D3' }));
  await until(found, 1);
});

test('a shadow root added later is read', async () => {
  const found = start('<p>nothing yet</p>');
  await settle();
  document.body.append(shadowHost('<p>vitamin D3</p>'));
  await until(found, 1);
});

test('a long page is read in slices that give the page turns, to its last line', async () => {
  const page = document.createElement('div');
  for (let i = 0; i < 20000; i++) {
    page.append(Object.assign(document.createElement('p'), { textContent: `line ${i}` }));
  }
  page.append(Object.assign(document.createElement('p'), { textContent: 'vitamin D3' }));
  let turns = 0;
  const turnTaker = setInterval(() => turns++, 0);
  const found = start(page);
  await until(found, 1, 10000);
  clearInterval(turnTaker);
  const slices = performance.getEntriesByName('d3k2:scan');
  expect(slices.length).toBeGreaterThan(1);
  expect(turns).toBeGreaterThan(0);
});

test('stopped before the page has loaded, it never looks', async () => {
  let load = () => {};
  document.body.innerHTML = '<p>vitamin D3</p>';
  let found = 0;
  stop = startFirstLook({
    timers: testTimers,
    whenIdle: now,
    whenLoaded: (work) => {
      load = work;
    },
    onFound: () => found++,
  });
  stop();
  load();
  await settle();
  expect(found).toBe(0);
  expect(performance.getEntriesByName('d3k2:scan')).toHaveLength(0);
});
