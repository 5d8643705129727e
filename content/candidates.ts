import { endsWithLoneD, mayContain, STARTS_WITH_THREE } from './detect/prefilter';
import { isInSkippedRegion } from './readable';
import type { Slicer } from './slicer';

/** How many nodes the walker visits between looks at the clock. */
const CHECK_EVERY = 256;

/**
 * Visits, in document order, each text node under `root` that could hold part of a mention:
 * it passes the prefilter and lies in readable text. The one pass that touches every text node
 * (not inside shadow roots): a native TreeWalker, in time slices. `visit` returning true stops it.
 */
export async function eachCandidate(
  root: Node,
  slicer: Slicer,
  visit: (node: Text) => boolean | undefined,
): Promise<void> {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc || doc.designMode === 'on') return;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let visited = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (++visited % CHECK_EVERY === 0) await slicer.checkpoint();
    const data = (node as Text).data;
    if (!(mayContain(data) || (endsWithLoneD(data) && threeFollows(node)))) continue;
    if (isInSkippedRegion(node)) continue;
    if (visit(node as Text) === true) return;
  }
}

/** Does the text after this node start with a 3 ("vitamin D<sub>3</sub>")? */
function threeFollows(node: Node): boolean {
  const walker = (node.ownerDocument as Document).createTreeWalker(
    node.getRootNode(),
    NodeFilter.SHOW_TEXT,
  );
  walker.currentNode = node;
  const next = walker.nextNode() as Text | null;
  return next !== null && STARTS_WITH_THREE.test(next.data);
}
