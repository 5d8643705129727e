import { toUnicode } from 'punycode/';

/**
 * A host as a reader writes it: sites are stored in the ASCII form a tab's address uses
 * ("xn--mnchen-3ya.de"), and shown in their own script ("münchen.de"): on the options page,
 * in the popup, and on the card, which names the site it was switched off on (the engine
 * carries this, not the first look every page loads). (`punycode/` is the package, not
 * Node's deprecated module of the same name.)
 */
export function displayHost(host: string): string {
  try {
    return toUnicode(host);
  } catch {
    return host;
  }
}
