import { type LiveHost, LiveMentions } from '../../content/live-mentions';

/**
 * Most pages never mention vitamin D3, and there this is all the extension does: look for a
 * single mention, painting nothing, once the page has loaded, in its shadow roots when it is
 * idle, and in what it adds later. No settings are read and no engine is built until
 * `onFound`; that halved our cost on the 65 benchmark pages (BENCHMARKS.md, step 12).
 * Returns a function that stops looking.
 */
export function lookForFirstMention(
  host: Omit<LiveHost, 'onChange'>,
  onFound: () => void,
): () => void {
  const look: LiveMentions = new LiveMentions(
    { limit: 1, style: 'none', lookOnly: true },
    {
      ...host,
      // Once stopped it reports nothing more, so `onFound` runs once.
      onChange: () => {
        if (look.mentions.length === 0) return;
        look.stop();
        onFound();
      },
    },
  );
  void look.start();
  return () => look.stop();
}
