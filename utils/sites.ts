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
 * or undefined when it names no host.
 */
export function parseSite(input: string, subdomains = false): SiteRule | undefined {
  let text = input.trim().toLowerCase();
  const wildcard = text.startsWith('*.');
  if (wildcard) text = text.slice(2);
  if (text.includes('/') || text.includes(':')) {
    try {
      text = new URL(text.includes('://') ? text : `http://${text}`).hostname;
    } catch {
      return undefined;
    }
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

/** The rules with `rule` added (a whole-domain rule absorbs its host rule), or removed. */
export function withSite(rules: readonly SiteRule[], rule: SiteRule): SiteRule[] {
  const others = rules.filter((r) => r.host !== rule.host);
  return [...others, rule];
}

export function withoutSite(rules: readonly SiteRule[], host: string): SiteRule[] {
  return rules.filter((r) => r.host !== host);
}

/** The rules that match `hostname` removed: the extension is on there again. */
export function enabledOn(rules: readonly SiteRule[], hostname: string): SiteRule[] {
  return rules.filter((r) => !isSiteDisabled(hostname, [r]));
}
