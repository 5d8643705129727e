// npm start: build the Chrome extension and open Chromium on the demo page with it loaded.
// Without a display (no DISPLAY, or CI set) it runs headless, hovers the first mention, saves
// a screenshot with the card open to .output/demo.png and exits.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH } from './browsers.mjs';
import { mentionCentre } from './in-page.mjs';
import { launchChromium } from './launch.mjs';
import { ROOT, startServer } from './serve.mjs';

if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `Chromium was not found at ${CHROMIUM_PATH}.\n` +
      'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}

const headless = !process.env.DISPLAY || Boolean(process.env.CI);
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const server = await startServer();
const context = await launchChromium({ headless, viewport: { width: 1100, height: 760 } });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.origin}/demo/index.html`);

if (!headless) {
  console.log(`Demo open at ${server.origin}/demo/index.html. Close the browser window to stop.`);
  await new Promise((resolve) => context.on('close', resolve));
  await server.close();
  process.exit(0);
}

try {
  await page.waitForFunction(() => (CSS.highlights.get('d3k2-mention')?.size ?? 0) > 0);
  const point = await page.evaluate(mentionCentre, /** @type {[number, 'none']} */ ([0, 'none']));
  await page.mouse.move(point.x, point.y);
  await page.locator('d3k2-card [role="dialog"]').waitFor({ state: 'visible' });
  await page.waitForTimeout(300); // let the card finish its entrance
  const file = path.join(ROOT, '.output/demo.png');
  await page.screenshot({ path: file });
  console.log(`Screenshot with the card open: ${file}`);
} finally {
  await context.close();
  await server.close();
}
