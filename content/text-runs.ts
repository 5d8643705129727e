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

/**
 * Splits the direct inline content of `block` into runs. Nested blocks end a run and are left to
 * be scanned on their own; skipped regions break it.
 */
export function runsOf(block: ParentNode): TextRun[] {
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

  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child as Text;
        run.nodes.push(text);
        run.starts.push(length);
        push(text.data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (el.localName === 'br') push('\n');
        else if (!isInline(el)) flush();
        else if (isSkipped(el)) push(OBJECT);
        else visit(el);
      }
    }
  };
  visit(block);
  flush();
  return runs;
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
  return [node, Math.min(offset - (starts[lo] as number), node.data.length)];
}
