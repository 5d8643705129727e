import type { Plugin } from 'vite';

// Preact's renderer can set `innerHTML` for `dangerouslySetInnerHTML`. We never use it (Biome
// forbids it in our code), and Mozilla's linter rightly flags the assignment. This removes
// that one path from Preact at build time: used anyway, it throws instead of writing HTML.
const ASSIGNMENT = /(\w+)\.innerHTML=(\w+)\.__html/g;
const REFUSE = '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in this extension")})()';

export function noInnerHtml(): Plugin {
  return {
    name: 'd3k2:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return undefined;
      if (code.search(ASSIGNMENT) < 0) {
        // Preact changed: look again rather than ship an unchecked innerHTML path.
        throw new Error(`no-inner-html: the innerHTML assignment was not found in ${id}`);
      }
      return { code: code.replace(ASSIGNMENT, REFUSE), map: null };
    },
  };
}
