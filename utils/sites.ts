/**
 * Sites where the extension is off. A rule is a hostname ("news.example.com": that host only)
 * or a whole domain ("*.example.com": the domain and every subdomain). Pure.
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Turns what a user typed (a hostname, a URL, a "*." domain) into a rule, or undefined. */
export function normalizeSite(input: string): string | undefined {
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
  return wildcard ? `*.${text}` : text;
}

/** Is the extension off on `hostname` under these rules? */
export function isSiteDisabled(hostname: string, rules: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return rules.some((rule) =>
    rule.startsWith('*.') ? host === rule.slice(2) || host.endsWith(rule.slice(1)) : host === rule,
  );
}
