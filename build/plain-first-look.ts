import type { Plugin } from 'vite';

// WXT runs an unlisted script through a wrapper of its own: it logs a failed start (the logger
// stays in the bundle, silenced), and hands `main`'s result back to `executeScript`. The first
// look is declared in the manifest, its `main` returns nothing, and every frame of every page
// compiles it before it runs, at a cost that follows its code (BENCHMARKS.md, step 24): so it
// calls `main` itself.
const WRAPPER = '\0virtual:wxt-unlisted-script-entrypoint?';
const FIRST_LOOK = /[\\/]entrypoints[\\/]first-look\.ts$/;

/** The module that replaces WXT's wrapper for `id`, or undefined for any other module. */
export function plainEntry(id: string): string | undefined {
  if (!id.startsWith(WRAPPER) || !FIRST_LOOK.test(id)) return undefined;
  const definition = JSON.stringify(id.slice(WRAPPER.length));
  return `import definition from ${definition};\ndefinition.main();\n`;
}

export function plainFirstLook(): Plugin {
  return {
    name: 'd3k2:plain-first-look',
    // Before WXT's own loader of the wrapper.
    enforce: 'pre',
    load: plainEntry,
  };
}
