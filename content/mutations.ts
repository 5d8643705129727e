import { blockOf, HOST_NAME, isInline } from './readable';

/** What a batch of mutations asks of the engine. */
export interface Batch {
  /** Subtrees to scan again: blocks around changed text, new block elements. */
  roots: ParentNode[];
  /** Some text left the page: mentions pointing there must go. */
  removals: boolean;
  /** So many nodes changed that one pass over the whole document is cheaper. */
  coarse: boolean;
}

/** Past this many changed nodes in one batch, rescan the document instead. */
export const COARSE_AFTER = 2000;

/** How long mutations gather before one batch is scanned: well inside the 200 ms to paint. */
export const BATCH_MS = 40;
export const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
};

/**
 * Reduces mutation records to the roots worth scanning: each added or edited node is widened
 * to the block its text belongs to, nodes inside our own card are ignored, and a root inside
 * another queued root is dropped.
 */
export function batchOf(records: readonly MutationRecord[]): Batch {
  const touched = new Set<Node>();
  let removals = false;
  for (const record of records) {
    if (record.type === 'characterData') touched.add(record.target);
    else {
      for (const node of record.addedNodes) touched.add(node);
      if (record.removedNodes.length > 0) removals = true;
    }
    if (touched.size > COARSE_AFTER) return { roots: [], removals: true, coarse: true };
  }

  const roots = new Set<ParentNode>();
  for (const node of touched) {
    if (!node.isConnected || insideOurCard(node)) continue;
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === HOST_NAME) continue;
    const root = rootFor(node);
    if (root) roots.add(root);
  }
  return { roots: outermost(roots), removals, coarse: false };
}

/** A block element is scanned as itself; text or inline content, as the block around it. */
function rootFor(node: Node): ParentNode | null {
  if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) return node as Element;
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) return null;
  return blockOf(node) ?? (node.parentNode as ParentNode | null);
}

function insideOurCard(node: Node): boolean {
  const root = node.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === HOST_NAME;
}

/** Drops every root that lies inside another root of the set. */
export function outermost(roots: ReadonlySet<ParentNode>): ParentNode[] {
  return [...roots].filter((root) => {
    for (let up = root.parentNode; up !== null; up = up.parentNode) {
      if (roots.has(up as ParentNode)) return false;
    }
    return true;
  });
}
