/**
 * Which parts of a document are readable prose. Tag-based on purpose: reading computed styles
 * would force style recalculation on pages that have nothing for us.
 */

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
  'd3k2-card',
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

/** Is this element itself (not its ancestors) outside readable text? */
export function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.localName) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.namespaceURI === 'http://www.w3.org/2000/svg') return true;
  const cls = el.classList;
  return cls.length > 0 && EDITOR_CLASSES.some((c) => cls.contains(c));
}

/**
 * Does this node lie outside readable text, looking at every ancestor, across shadow roots
 * (a shadow tree inside a <code> or an editor is skipped too)?
 */
export function isInSkippedRegion(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let el = parentAcrossShadow(node); el !== null; el = parentAcrossShadow(el)) {
    if (isSkipped(el)) return true;
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
  let el = node.parentElement;
  while (el !== null && isInline(el)) el = el.parentElement;
  return el;
}
