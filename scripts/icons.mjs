// npm run icons: renders the source images to every size the manifests use
// (public/icon/<size>.png, which WXT picks up): public/icon.svg from 48 px up, and
// public/icon-small.svg, drawn to be read at toolbar size, for 16 and 32 px. Headless Chromium
// does the drawing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './launch.mjs';
import { ROOT } from './serve.mjs';

const SIZES = [16, 32, 48, 96, 128];
/** @param {number} size */
const source = (size) =>
  readFileSync(path.join(ROOT, size <= 32 ? 'public/icon-small.svg' : 'public/icon.svg'), 'utf8');
const context = await launchChromium({ extension: false });
const page = await context.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source(size)}`,
  );
  const file = path.join(ROOT, `public/icon/${size}.png`);
  await page.screenshot({ path: file, omitBackground: true });
  console.log(file);
}
await context.close();
