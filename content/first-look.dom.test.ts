import { afterEach, expect, test } from 'vitest';
import { now, testTimers, until } from './dom-test-host';
import { FirstLook } from './first-look';

let look: FirstLook | undefined;
afterEach(() => {
  look?.stop();
  document.body.replaceChildren();
});

function start(html: string) {
  document.body.innerHTML = html;
  let found = 0;
  look = new FirstLook({
    timers: testTimers,
    whenIdle: now,
    whenLoaded: now,
    onFound: () => found++,
  });
  look.start();
  return () => found;
}

test.each([
  ['a mention', 1, '<p>Take vitamin D3.</p>'],
  ['a code whose 3 is in the next node', 1, '<p>vitamin D<sub>3</sub></p>'],
  ['a chemical name', 1, '<p>Cholecalciferol</p>'],
  ['vitamins but no D3', 0, '<p>Vitamin C and vitamin D are vitamins.</p>'],
  ['code names', 0, '<p>d3.js and d3-scale draw #D3D3D3 bars; =D3*7</p>'],
  ['a mention in a script', 0, '<script>/* vitamin D3 */</script>'],
])('%s: wakes the engine %i time(s)', async (_name, times, html) => {
  const found = start(html);
  await new Promise((r) => setTimeout(r, 100));
  expect(found()).toBe(times);
});

test('text added later wakes it, once', async () => {
  const found = start('<p>nothing yet</p>');
  await new Promise((r) => setTimeout(r, 50));
  expect(found()).toBe(0);
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'vitamin D3' }));
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'vitamin D3' }));
  await until(found, 1);
  await new Promise((r) => setTimeout(r, 100));
  expect(found()).toBe(1);
});
