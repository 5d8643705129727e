import { isSiteDisabled, type SiteRule } from '../utils/sites';

/** What the popup's switch for the tab's site shows. */
export interface SiteSwitchView {
  /** The extension runs here (no rule turns it off). */
  on: boolean;
  /**
   * The "its subdomains too" box, checked or not: only while the site is off by a rule of its
   * own, and not on an address that has no subdomains (an IP address).
   */
  subdomains?: boolean;
  /**
   * A parent domain switched off with its subdomains, this site among them: switching on here
   * lifts that rule (see `enabledOn`), which the popup says beforehand.
   */
  parent?: string;
}

/** Which switch, box and note the popup shows for `hostname`. Pure. */
export function siteSwitchView(hostname: string, rules: readonly SiteRule[]): SiteSwitchView {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!isSiteDisabled(host, rules)) return { on: true };
  const own = rules.find((r) => r.host === host);
  const parent = rules.find((r) => r !== own && isSiteDisabled(host, [r]));
  return {
    on: false,
    ...(own && hasSubdomains(host) ? { subdomains: own.subdomains } : {}),
    ...(parent ? { parent: parent.host } : {}),
  };
}

/** An IP address names one machine: no subdomains (`[::1]` is how an address writes IPv6). */
function hasSubdomains(host: string): boolean {
  return !/^[\d.]+$/.test(host) && !host.startsWith('[');
}
