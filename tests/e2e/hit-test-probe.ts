/**
 * Runs in the page, after the bundle of content/hit-test.ts has set `window.HitTest`: asks
 * mentionAt about a few points: as the browser offers it, then with highlightsFromPoint
 * hidden (the caret position answers alone), then with the caret methods hidden
 * (highlightsFromPoint answers alone). Each way must give the same answers, a mention in a
 * shadow tree included.
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
  // A shadow tree, built here so that the page itself stays plain HTML.
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = '<p id="shadowed">Inside: D3 and K2</p>';
  document.body.append(host);
  const shadowText = host.shadowRoot?.getElementById('shadowed')?.firstChild as Text;
  const shadowRange = document.createRange();
  shadowRange.setStart(shadowText, shadowText.data.indexOf('D3'));
  shadowRange.setEnd(shadowText, shadowText.data.indexOf('D3') + 2);

  const mentions = [
    mentionIn('line', 'cholecalciferol'),
    mentionIn('wrapped', 'vitamin D3'),
    { range: shadowRange, text: 'D3 (shadow)' },
  ];
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
    'in a shadow tree': centre(shadowRange.getClientRects()[0] as DOMRect),
  };
  const run = () =>
    Object.fromEntries(
      Object.entries(points).map(([name, [x, y]]) => [
        name,
        mentionAt(x, y, mentions, highlight)?.text ?? null,
      ]),
    );
  const hide = (target: object, name: string) => {
    const saved = Object.getOwnPropertyDescriptor(target, name);
    Object.defineProperty(target, name, { value: undefined, configurable: true });
    return () => {
      if (saved) Object.defineProperty(target, name, saved);
      else delete (target as Record<string, unknown>)[name];
    };
  };
  const native = run();
  const showHighlights = hide(CSS.highlights, 'highlightsFromPoint');
  const caretOnly = run();
  showHighlights();
  hide(document, 'caretPositionFromPoint');
  hide(document, 'caretRangeFromPoint');
  const highlightsOnly = run();
  return { native, caretOnly, highlightsOnly, wrappedBoxes: boxes.length };
}

export const HIT_TEST_EXPECTED = {
  'on the word': 'cholecalciferol',
  'beside the end of the line': null,
  'above the text': null,
  'second box of a wrapped mention': 'vitamin D3',
  'in a shadow tree': 'D3 (shadow)',
};
