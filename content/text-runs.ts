import { isInline, isSkipped } from './readable';

/** The text of a stretch of inline content, and where each character came from. */
export interface TextRun {
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node starts. */
  starts: number[];
}

// Stands in for an element that breaks a run without ending it (a skipped <code>, an image):
// not a letter, digit or space, so no pattern can match across it.
const OBJECT = '\uFFFC';

/** How many nodes are visited between looks at the clock. */
const CHECK_EVERY = 256;

/**
 * Splits the direct inline content of `block` into runs. Nested blocks end a run and are left to
 * be scanned on their own; skipped regions break it.
 *
 * A loop, not recursion, with checkpoints: inline content can nest thousands deep (a 5,000-deep
 * chain of spans cost 10 to 40 ms in one piece), and recursion that deep could exhaust the stack.
 */
export async function runsOf(
  block: ParentNode,
  slicer: { checkpoint(): Promise<void> },
): Promise<TextRun[]> {
  const runs: TextRun[] = [];
  let parts: string[] = [];
  let run: TextRun = { text: '', nodes: [], starts: [] };
  let length = 0;

  const flush = () => {
    if (run.nodes.length > 0) {
      run.text = parts.join('');
      runs.push(run);
    }
    parts = [];
    run = { text: '', nodes: [], starts: [] };
    length = 0;
  };
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };

  let visited = 0;
  let node: Node | null = block.firstChild;
  while (node !== null) {
    let enter = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      run.nodes.push(text);
      run.starts.push(length);
      push(text.data);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === 'br') push('\n');
      else if (!isInline(el)) flush();
      else if (isSkipped(el)) push(OBJECT);
      else enter = true;
    }
    if (++visited % CHECK_EVERY === 0) {
      await slicer.checkpoint();
      // The page ran meanwhile: if it took this node out of the block, stop here. The
      // mutation observer has the change and scans that part again.
      if (!block.contains(node)) break;
    }
    node = enter && node.firstChild ? node.firstChild : next(node, block);
  }
  flush();
  return runs;
}

/** The node after `node`'s subtree, within `block`, in document order. */
function next(node: Node, block: ParentNode): Node | null {
  for (let current: Node | null = node; current !== null && current !== block; ) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/** The text node and offset that hold character `offset` of the run. */
export function locate(run: TextRun, offset: number, isEnd: boolean): [Text, number] {
  const { starts, nodes } = run;
  let lo = 0;
  let hi = starts.length - 1;
  // Last node starting at or before offset (for an end, strictly before: ranges end inside
  // the node that holds the last character, not at the start of the next).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] as number;
    if (isEnd ? s < offset : s <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  // `length`, not `data.length`: `data` hands the node's whole text to our world, once per
  // mention (on a 10 MB node, one scan spent 190 ms on it in an experiment).
  return [node, Math.min(offset - (starts[lo] as number), node.length)];
}
