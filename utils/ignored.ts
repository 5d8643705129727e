/**
 * Phrases the reader said are not vitamin D3 on a site ("Not vitamin D3 here" on the card):
 * a host and the mention's text. Pure, and without imports: the engine reads this too.
 */
export interface IgnoredPhrase {
  host: string;
  /** The mention as the reader saw it, white space folded: "D3", "Vitamin D3". */
  phrase: string;
}

/** The longest phrase kept: mentions are a few words ("25-hydroxy-cholecalciferol"). */
export const MAX_PHRASE = 100;

// Soft hyphens and zero-width characters: invisible, so "D\u00AD3" reads as "D3".
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** The phrase as stored and shown: invisible characters gone, white space folded. */
export function cleanPhrase(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * What two phrases are compared by: case and compatibility forms folded too, so "D3", "d3"
 * and the full-width "Ｄ３" of a Japanese page are one phrase.
 */
export function phraseKey(text: string): string {
  return cleanPhrase(text.normalize('NFKC')).toLowerCase();
}

const sameEntry = (a: IgnoredPhrase, b: IgnoredPhrase) =>
  a.host === b.host && phraseKey(a.phrase) === phraseKey(b.phrase);

/** The list with `entry` added (last), once; past `max` entries the oldest go. */
export function withIgnored(
  list: readonly IgnoredPhrase[],
  entry: IgnoredPhrase,
  max: number,
): IgnoredPhrase[] {
  return [...list.filter((e) => !sameEntry(e, entry)), entry].slice(-max);
}

export function withoutIgnored(
  list: readonly IgnoredPhrase[],
  entry: IgnoredPhrase,
): IgnoredPhrase[] {
  return list.filter((e) => !sameEntry(e, entry));
}

/** The keys of the phrases ignored on `hostname`, sorted (the engine compares them as a key). */
export function ignoredOn(list: readonly IgnoredPhrase[], hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return [...new Set(list.filter((e) => e.host === host).map((e) => phraseKey(e.phrase)))].sort();
}
