// The extensions the benchmark compares ours with, written at run time into a temporary
// folder: each is an MV3 extension with one content script on every page and frame, loaded
// as ours is (ours at document_end since step 23, and it waits for the page itself; the peers
// at document_idle), so that all of them pay the same loading and isolated world. What
// separates them is only what their content script does:
//
// - floor: adds a runtime.onMessage listener and nothing else. What any extension with a popup
//   that asks the page something pays on every page.
// - bare: a TreeWalker over the text nodes and one regular expression (our own candidate
//   expression, `mentionPattern()`), painting what it finds as CSS highlights. The least code
//   that does the job; its highlight style is added only when it finds something.
// - mark.js: mark.js 8.11.1 (from node_modules) marking the same expression, as
//   keyword-highlighter extensions do.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './serve.mjs';

/** Our candidate expression (content/matcher.ts), as source and flags. */
export async function mentionPatternSource() {
  const result = await build({
    entryPoints: [path.join(ROOT, 'content/matcher.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const code = result.outputFiles[0]?.text ?? '';
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  /** @type {{ mentionPattern(): RegExp }} */
  const matcher = await import(url);
  const re = matcher.mentionPattern();
  return { source: re.source, flags: re.flags };
}

/** @param {string} name */
const manifest = (name, /** @type {string[]} */ js) =>
  JSON.stringify({
    manifest_version: 3,
    name: `bench peer: ${name}`,
    version: '1.0',
    content_scripts: [{ matches: ['<all_urls>'], all_frames: true, run_at: 'document_idle', js }],
  });

const FLOOR = 'chrome.runtime.onMessage.addListener(() => undefined);\n';

/** @param {{ source: string, flags: string }} pattern */
const bare = (pattern) => `(() => {
  const pattern = new RegExp(${JSON.stringify(pattern.source)}, ${JSON.stringify(pattern.flags)});
  const root = document.body;
  if (!root) return;
  const ranges = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.data;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) { pattern.lastIndex++; continue; }
      const range = new Range();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges.push(range);
    }
  }
  if (ranges.length === 0) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(bench-bare) { background-color: #fde68a; color: inherit; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set('bench-bare', new Highlight(...ranges));
})();
`;

/** @param {{ source: string, flags: string }} pattern */
const markRun = (pattern) =>
  `if (document.body) new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(pattern.source)}, ${JSON.stringify(pattern.flags)}));\n`;

/**
 * Writes the three peers under `dir` and returns their folders, by name.
 * @param {string} dir
 * @returns {Promise<Record<'floor' | 'bare' | 'markjs', string>>}
 */
export async function writePeers(dir) {
  const pattern = await mentionPatternSource();
  const markJs = readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  /** @type {Record<string, Record<string, string>>} */
  const files = {
    floor: { 'manifest.json': manifest('floor', ['content.js']), 'content.js': FLOOR },
    bare: { 'manifest.json': manifest('bare', ['content.js']), 'content.js': bare(pattern) },
    markjs: {
      'manifest.json': manifest('mark.js', ['mark.min.js', 'content.js']),
      'mark.min.js': markJs,
      'content.js': markRun(pattern),
    },
  };
  /** @type {Record<string, string>} */
  const dirs = {};
  for (const [name, contents] of Object.entries(files)) {
    const folder = path.join(dir, name);
    mkdirSync(folder, { recursive: true });
    for (const [file, text] of Object.entries(contents)) {
      writeFileSync(path.join(folder, file), text);
    }
    dirs[name] = folder;
  }
  return /** @type {Record<'floor' | 'bare' | 'markjs', string>} */ (dirs);
}
