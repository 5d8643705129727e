import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../../scripts/serve.mjs';

/**
 * Bundles one engine module into a script that exposes its exports as `window.<name>`, so
 * in-browser tests can call the real DOM code in a page's own world.
 */
export async function bundleForPage(entry: string, name: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    format: 'iife',
    globalName: name,
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}
