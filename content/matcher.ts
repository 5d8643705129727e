/**
 * Finds mentions of vitamin D3 in plain text. Pure: no DOM, no browser APIs. The algorithm
 * is in `detect/`, the words of each language in `languages/`.
 */
import { findMentions } from './detect/find';
import { lexicon } from './detect/lexicon';

export { findMentions, type Hit } from './detect/find';
export { mayContain } from './detect/prefilter';

/** Does the text mention vitamin K2 (menaquinone, MK-7)? Used to tailor the card. */
export function mentionsK2(text: string): boolean {
  return lexicon().k2.test(text);
}

/** One expression for the candidates (codes and chemical names): the benchmark marks it. */
export function mentionPattern(): RegExp {
  const { code, chemical } = lexicon();
  return new RegExp(`${code.source}|${chemical.source}`, 'gi');
}

/**
 * Does `text`, alone, read as one whole mention: a phrase or chemical name the matcher finds
 * from end to end, or a bare code (whose context lay outside it)? For invariant checks.
 */
export function isMentionText(text: string): boolean {
  const hits = findMentions(text);
  const whole = hits.length === 1 && hits[0]?.start === 0 && hits[0].end === text.length;
  return whole || lexicon().d3Token.test(text);
}
