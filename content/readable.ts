/**
 * Which parts of a document are readable prose. Tag-based on purpose: reading computed styles
 * would force style recalculation on pages that have nothing for us. Whether a mention is
 * rendered is asked later, of mentions only (visibility.ts): text in a `hidden` element is
 * read here like any other, so that the engine is there to paint it once it shows.
 */

/** Our card's host: its (open) shadow root is never scanned. */
export const HOST_NAME = 'd3k2-card';

/** Elements whose text is never a mention: code, form controls, scripts, graphics, our card. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'head',
  'title',
  HOST_NAME,
]);

/** Code editors that render text in ordinary, non-editable elements. */
const EDITOR_CLASSES = ['monaco-editor', 'CodeMirror', 'cm-editor', 'ace_editor', 'ProseMirror'];

/** Inline elements: text flows across them, so "vitamin <b>D3</b>" is one run. */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'br',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'wbr',
]);

export function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

/**
 * Everything `isSkipped` rules out, as one selector: the browser matches it against a chain of
 * ancestors natively (`closest`), where a loop of ours would make every ancestor cross into the
 * content script's world (5,000 of them on a deeply nested page cost tens of milliseconds).
 */
const SKIPPED_SELECTOR = [
  ...SKIPPED,
  '[contenteditable]:not([contenteditable="false" i])',
  ...EDITOR_CLASSES.map((c) => `.${c}`),
].join(',');

/** The first ancestor that is not inline. */
const NOT_INLINE = `:not(${[...INLINE].join(',')})`;

const SVG = 'http://www.w3.org/2000/svg';

/** Is this element itself (not its ancestors) outside readable text? */
export function isSkipped(el: Element): boolean {
  return el.namespaceURI === SVG || el.matches(SKIPPED_SELECTOR);
}

/**
 * Does this node lie outside readable text, looking at every ancestor, across shadow roots
 * (a shadow tree inside a <code> or an editor is skipped too)? `closest` stops at a shadow
 * root, so it is asked once per tree, from the host outwards.
 */
export function isInSkippedRegion(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  let el = parentAcrossShadow(node);
  while (el !== null) {
    // Elements inside an <svg> are SVG too, and `svg` is in the selector.
    if (el.namespaceURI === SVG || el.closest(SKIPPED_SELECTOR) !== null) return true;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

function parentAcrossShadow(node: Node): Element | null {
  if (node instanceof ShadowRoot) return node.host;
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** The nearest ancestor that starts a block: runs of text never cross it. */
export function blockOf(node: Node): Element | null {
  return node.parentElement?.closest(NOT_INLINE) ?? null;
}
