import { afterEach, expect, test } from 'vitest';
import { now, testTimers, until } from './dom-test-host';
import { LiveMentions } from './live-mentions';
import { HIGHLIGHT_NAME } from './painter';

let live: LiveMentions | undefined;
afterEach(() => {
  live?.stop();
  document.body.replaceChildren();
});

async function start(html: string, limit = 200) {
  document.body.innerHTML = html;
  let changes = 0;
  live = new LiveMentions(
    { timers: testTimers, whenIdle: now, whenLoaded: now, onChange: () => changes++ },
    { limit, style: 'underline' },
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

test('holds to the limit as the page grows', async () => {
  const { live } = await start('<p>vitamin D3</p>', 2);
  for (let i = 0; i < 3; i++) {
    const p = document.createElement('p');
    p.textContent = 'vitamin D3';
    document.body.append(p);
  }
  await new Promise((r) => setTimeout(r, 200));
  expect(live.mentions).toHaveLength(2);
});

test('stop takes the highlights away and stops watching', async () => {
  const { live } = await start('<p>vitamin D3</p>');
  live.stop();
  expect(painted()).toBe(0);
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'vitamin D3' }));
  await new Promise((r) => setTimeout(r, 200));
  expect(painted()).toBe(0);
});
