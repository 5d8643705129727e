/**
 * Sites where the extension is off. A rule names a host; with `subdomains` it covers the
 * whole domain (the host and every subdomain of it). Pure.
 */
export interface SiteRule {
  host: string;
  subdomains: boolean;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Turns what a user typed (a hostname, a URL, or "*.domain" for a whole domain) into a rule,
 * or undefined when it names no host. The host is stored as the browser names it in a tab's
 * address: lower case, and an international name in its ASCII form ("münchen.de" becomes
 * "xn--mnchen-3ya.de"), so that one site has one form whichever way it was typed.
 */
export function parseSite(input: string, subdomains = false): SiteRule | undefined {
  let text = input.trim();
  const wildcard = text.startsWith('*.');
  if (wildcard) text = text.slice(2);
  if (text === '' || /\s/.test(text)) return undefined;
  try {
    text = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return undefined;
  }
  text = text.replace(/\.$/, '');
  const labels = text.split('.');
  if (text.length > 253 || !labels.every((l) => LABEL.test(l))) return undefined;
  return { host: text, subdomains: wildcard || subdomains };
}

/** Is the extension off on `hostname` under these rules? */
export function isSiteDisabled(hostname: string, rules: readonly SiteRule[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return rules.some(
    (rule) => host === rule.host || (rule.subdomains && host.endsWith(`.${rule.host}`)),
  );
}

/**
 * The rules with `rule` added. A rule for a host already listed takes its place, where it was
 * (a whole-domain rule absorbs its host rule), so the list does not reorder itself.
 */
export function withSite(rules: readonly SiteRule[], rule: SiteRule): SiteRule[] {
  const at = rules.findIndex((r) => r.host === rule.host);
  return at < 0 ? [...rules, rule] : rules.map((r, i) => (i === at ? rule : r));
}

/** Is this exact rule already in the list (adding it would change nothing)? */
export function isListed(rules: readonly SiteRule[], rule: SiteRule): boolean {
  return rules.some((r) => r.host === rule.host && r.subdomains === rule.subdomains);
}

export function withoutSite(rules: readonly SiteRule[], host: string): SiteRule[] {
  return rules.filter((r) => r.host !== host);
}

/** The rules that match `hostname` removed: the extension is on there again. */
export function enabledOn(rules: readonly SiteRule[], hostname: string): SiteRule[] {
  return rules.filter((r) => !isSiteDisabled(hostname, [r]));
}
