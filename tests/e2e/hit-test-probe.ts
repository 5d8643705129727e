/**
 * Runs in the page, after the bundle of content/hit-test.ts has set `window.HitTest`: asks
 * mentionAt about a few points, first as the browser offers it, then with
 * highlightsFromPoint hidden so the caret fallback answers.
 */
export function probeHitTesting() {
  type Mention = { range: Range; text: string };
  const { mentionAt } = (window as unknown as { HitTest: typeof import('../../content/hit-test') })
    .HitTest;
  const mentionIn = (id: string, word: string): Mention => {
    const text = document.getElementById(id)?.firstChild as Text;
    const range = document.createRange();
    const start = text.data.indexOf(word);
    range.setStart(text, start);
    range.setEnd(text, start + word.length);
    return { range, text: word };
  };
  const mentions = [mentionIn('line', 'cholecalciferol'), mentionIn('wrapped', 'vitamin D3')];
  const highlight = new Highlight(...mentions.map((m) => m.range));
  CSS.highlights.set('hit-test', highlight);

  const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
  const lineRect = mentions[0]?.range.getClientRects()[0] as DOMRect;
  const boxes = [...(mentions[1]?.range.getClientRects() ?? [])];
  const points: Record<string, readonly [number, number]> = {
    'on the word': centre(lineRect),
    'beside the end of the line': [lineRect.right + 80, lineRect.top + lineRect.height / 2],
    'above the text': [lineRect.left + 5, lineRect.top - 12],
    'second box of a wrapped mention': centre(boxes.at(-1) as DOMRect),
  };
  const run = () =>
    Object.fromEntries(
      Object.entries(points).map(([name, [x, y]]) => [
        name,
        mentionAt(x, y, mentions, highlight)?.text ?? null,
      ]),
    );
  const native = run();
  Object.defineProperty(CSS.highlights, 'highlightsFromPoint', { value: undefined });
  const fallback = run();
  return { native, fallback, wrappedBoxes: boxes.length };
}

export const HIT_TEST_EXPECTED = {
  'on the word': 'cholecalciferol',
  'beside the end of the line': null,
  'above the text': null,
  'second box of a wrapped mention': 'vitamin D3',
};
