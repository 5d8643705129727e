/**
 * Runs in a page without the extension, after bundles of content/live-mentions.ts (`Live`)
 * and content/matcher.ts (`Matcher`) have been added: builds a random tree, starts the live
 * engine, then edits the tree at random (inserts, removals, text edits, splits) while it
 * scans, with pauses of random length. After every few rounds it lets the engine settle and
 * checks that every painted range is live and reads as a mention. Seeded: a failure replays.
 */
export async function fuzzLiveEngine([seed, rounds]: [number, number]) {
  type LiveModule = typeof import('../../content/live-mentions');
  type MatcherModule = typeof import('../../content/matcher');
  const w = window as unknown as { Live: LiveModule; Matcher: MatcherModule };
  const errors: string[] = [];
  addEventListener('error', (e) => errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

  // mulberry32: small, seedable, good enough to pick edits.
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const WORDS = [
    'vitamin D3',
    'D3',
    'K2',
    'vitamin',
    'D',
    '3',
    'cholecalciferol',
    'take',
    'daily',
    'lorem',
    'ipsum',
    '2000 IU',
    'Vitamin D-3',
    'with',
    '.',
    ' ',
  ];
  const TAGS = ['p', 'div', 'span', 'b', 'em', 'li', 'sub', 'code', 'style', 'textarea', 'br'];
  const text = () =>
    Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(WORDS)).join(' ');
  const element = (depth: number): Node => {
    const tag = pick(TAGS);
    const el = document.createElement(tag);
    if (tag === 'br') return el;
    const children = depth > 3 ? 1 : Math.floor(random() * 4);
    for (let i = 0; i < children; i++)
      el.append(random() < 0.5 ? document.createTextNode(text()) : element(depth + 1));
    return el;
  };
  const allNodes = () => {
    const nodes: Node[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    return nodes;
  };
  const edit = () => {
    const nodes = allNodes();
    const target = nodes.length > 0 ? pick(nodes) : document.body;
    const op = random();
    if (op < 0.35) {
      const parent =
        target instanceof Element && target.localName !== 'br' ? target : document.body;
      parent.insertBefore(
        random() < 0.5 ? element(0) : document.createTextNode(text()),
        pick([...parent.childNodes, null]),
      );
    } else if (op < 0.6) {
      if (target !== document.body) target.parentNode?.removeChild(target);
    } else if (op < 0.85) {
      if (target instanceof Text) target.data = text();
      else target.textContent = text();
    } else if (target instanceof Text && target.length > 1) {
      target.splitText(Math.floor(random() * target.length));
    }
  };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  document.body.replaceChildren(...Array.from({ length: 30 }, () => element(0)));
  const live = new w.Live.LiveMentions(
    {
      timers: {
        setTimeout: (fn, ms) => window.setTimeout(fn, ms),
        clearTimeout: (id) => window.clearTimeout(id),
      },
      whenIdle: (fn) => void setTimeout(fn, 0),
      // At once: the point is to edit the page while the first scan runs.
      whenLoaded: (fn) => fn(),
      onChange: () => undefined,
    },
    { limit: 10_000, style: 'underline', ignored: [] },
  );
  const started = live.start();
  const problems: string[] = [];
  let checks = 0;
  let painted = 0;
  for (let round = 1; round <= rounds; round++) {
    const edits = 1 + Math.floor(random() * 5);
    for (let i = 0; i < edits; i++) edit();
    await sleep(Math.floor(random() * 30));
    if (round % 10 === 0 || round === rounds) {
      await sleep(150);
      await started;
      checks++;
      const ranges = [...(CSS.highlights.get('d3k2-mention') ?? [])] as Range[];
      painted += ranges.length;
      for (const r of ranges) {
        const ok = !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected;
        if (!ok) problems.push(`round ${round}: a painted range is not live`);
        else if (!w.Matcher.isMentionText(r.toString()))
          problems.push(`round ${round}: painted ${JSON.stringify(r.toString())}`);
      }
      if (ranges.length !== live.mentions.length)
        problems.push(`round ${round}: ${ranges.length} painted, ${live.mentions.length} known`);
    }
  }
  live.stop();
  return { errors, problems: problems.slice(0, 10), checks, painted };
}
