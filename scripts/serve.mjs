// A static server on 127.0.0.1 for tests, the demo and the benchmark. Real pages from
// ../shared/pages are served with their <script> elements stripped. Anything under /stall/
// is never answered (held open until the server closes): a page that asks for it never
// fires its load event, like a page whose images or ads keep loading.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SHARED_PAGES = path.resolve(ROOT, '../shared/pages');

const MOUNTS = {
  '/fixtures/': path.join(ROOT, 'tests/fixtures'),
  '/demo/': path.join(ROOT, 'demo'),
  '/pages/': SHARED_PAGES,
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** @param {string} html */
export function stripScripts(html) {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
}

/** @returns {Promise<{ origin: string, close(): Promise<void> }>} */
export function startServer() {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/stall/')) return;
    const mount = Object.keys(MOUNTS).find((m) => url.pathname.startsWith(m));
    if (mount === undefined) {
      res.writeHead(404).end();
      return;
    }
    const base = MOUNTS[/** @type {keyof typeof MOUNTS} */ (mount)];
    const file = path.join(base, decodeURIComponent(url.pathname.slice(mount.length)));
    if (!file.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (mount === '/pages/') body = Buffer.from(stripScripts(body.toString('utf8')));
      const type = TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))];
      res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            // Stalled requests included.
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
