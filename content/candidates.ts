import { endsWithLoneD, mayContain, STARTS_WITH_THREE } from './detect/prefilter';
import { isInSkippedRegion } from './readable';
import type { Slicer } from './slicer';

/** How many nodes a walk visits between looks at the clock. */
const CHECK_EVERY = 256;

/**
 * A walker over the text nodes under `root`, or null where nothing is to be read (a document
 * being edited as a whole). The one pass that touches every text node (not inside shadow roots)
 * is a native TreeWalker.
 */
export function textWalker(root: Node): TreeWalker | null {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc || doc.designMode === 'on') return null;
  return doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
}

/** Where `walkCandidates` stopped: `visit` accepted a node, the walk ended, or time ran out. */
export type WalkEnd = 'found' | 'end' | 'paused';

/**
 * Walks on from the walker's current node through each candidate: a text node that passes the
 * prefilter and lies in readable text. `visit` returning true stops it; so does the clock
 * (`performance.now()`) passing `until`, and the next call goes on from there. The test is
 * written out in the loop: it runs for every text node of every page, first in the
 * interpreter, where a call per node costs.
 */
export function walkCandidates(
  walker: TreeWalker,
  until: number,
  visit: (node: Text) => boolean | undefined,
): WalkEnd {
  let visited = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (
      (mayContain(data) || (endsWithLoneD(data) && threeFollows(node))) &&
      !isInSkippedRegion(node) &&
      visit(node as Text) === true
    ) {
      return 'found';
    }
    if (++visited % CHECK_EVERY === 0 && performance.now() > until) return 'paused';
  }
  return 'end';
}

/**
 * Visits, in document order, each candidate text node under `root`, in the slicer's time
 * slices. `visit` returning true stops it.
 */
export async function eachCandidate(
  root: Node,
  slicer: Slicer,
  visit: (node: Text) => boolean | undefined,
): Promise<void> {
  const walker = textWalker(root);
  if (!walker) return;
  while (walkCandidates(walker, slicer.deadline(), visit) === 'paused') await slicer.checkpoint();
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
