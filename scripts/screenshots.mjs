// npm run screenshots: pictures of the card for the README (docs/), in light and dark mode,
// taken from the demo page with the built extension. Run `npm run build` first.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { mentionCentre } from './in-page.mjs';
import { launchChromium } from './launch.mjs';
import { ROOT, startServer } from './serve.mjs';

const out = path.join(ROOT, 'docs');
mkdirSync(out, { recursive: true });
const server = await startServer();

for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
  const context = await launchChromium({
    viewport: { width: 1000, height: 640 },
    colorScheme,
    reducedMotion: 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/demo/index.html`);
  await page.waitForFunction(() => (CSS.highlights.get('d3k2-mention')?.size ?? 0) > 1);
  const point = await page.evaluate(mentionCentre, /** @type {[number, 'none']} */ ([1, 'none']));
  await page.mouse.move(point.x, point.y);
  await page.locator('d3k2-card [role="dialog"]').waitFor({ state: 'visible' });
  const file = path.join(out, `card-${colorScheme}.png`);
  await page.screenshot({ path: file });
  console.log(file);
  await context.close();
}
await server.close();
