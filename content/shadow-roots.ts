import { HOST_NAME, isInSkippedRegion } from './readable';
import type { Slicer } from './slicer';

/** How many hosts are looked at between looks at the clock. */
const CHECK_EVERY = 256;

/**
 * Custom elements under (and including) a node: a hyphen in the name is what makes one. The
 * browser's XPath engine picks them out without handing every element to our world.
 */
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(), '-')]";

/**
 * Does the document hold any custom element, and so possibly a shadow root worth scanning?
 * Asked as one XPath boolean, which hands no element to our world; on most pages it is no, and
 * the idle search for shadow roots is skipped.
 */
export function hasCustomElements(doc: Document): boolean {
  return doc.evaluate(`boolean(${CUSTOM_ELEMENTS})`, doc, null, XPathResult.BOOLEAN_TYPE, null)
    .booleanValue;
}

/**
 * The open shadow roots under `root`, without our own card's or any in a skipped region.
 *
 * Only custom elements are looked at. Visiting every element to ask for its shadow root cost
 * as much again as the whole text pass (each element gets a wrapper in our isolated world);
 * asking XPath for custom elements costs a fraction. Web components and the frameworks that
 * render text in shadow trees use custom elements; a shadow root on a built-in element (a
 * `<div>`, say) is left unscanned. See BENCHMARKS.md for the numbers.
 */
export async function findShadowRoots(root: Node, slicer: Slicer): Promise<ShadowRoot[]> {
  const found: ShadowRoot[] = [];
  for (const hosts of customElementsUnder(root)) {
    for (let i = 0; i < hosts.snapshotLength; i++) {
      if (i % CHECK_EVERY === 0) await slicer.checkpoint();
      const shadow = scannableShadow(hosts.snapshotItem(i) as Element);
      if (shadow) found.push(shadow);
    }
  }
  return found;
}

/** `findShadowRoots` in one go, for a look whose caller bounds its own time (first-look.ts). */
export function openShadowRoots(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const hosts of customElementsUnder(root)) {
    for (let i = 0; i < hosts.snapshotLength; i++) {
      const shadow = scannableShadow(hosts.snapshotItem(i) as Element);
      if (shadow) found.push(shadow);
    }
  }
  return found;
}

function customElementsUnder(root: Node): XPathResult[] {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return [];
  // XPath takes elements and documents as its context, not shadow roots: start from the
  // top-level elements of one.
  const starts = root instanceof ShadowRoot ? [...root.children] : [root];
  return starts.map((start) =>
    doc.evaluate(CUSTOM_ELEMENTS, start, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null),
  );
}

function scannableShadow(el: Element): ShadowRoot | null {
  const shadow = el.shadowRoot;
  return shadow && el.localName !== HOST_NAME && !isInSkippedRegion(shadow) ? shadow : null;
}
