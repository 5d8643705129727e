import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { displayHost } from '../utils/host-names';
import { enabledOn, type SiteRule, withSite } from '../utils/sites';
import { Switch } from './Switch';
import { siteSwitchView } from './site-switch';

export interface SiteSwitchProps {
  /** The tab's site; undefined where there is none to switch (a browser page, still asking). */
  hostname: string | undefined;
  sites: readonly SiteRule[];
  /** Paused everywhere: nothing runs here either, and the switch waits. */
  paused: boolean;
  /** Changes the sites where it is off (read, changed, written back). */
  onChangeSites(change: (sites: readonly SiteRule[]) => SiteRule[]): void;
}

/**
 * The popup's switch for the tab's site. Off, it says so in a status line that names the
 * site, with an Undo; it offers to cover the site's subdomains too; and where a parent
 * domain's rule is what turns it off, it says so, since switching on lifts that rule.
 */
export function SiteSwitch({ hostname, sites, paused, onChangeSites }: SiteSwitchProps) {
  // Switched off here, in this popup: what the status line confirms.
  const [switchedOff, setSwitchedOff] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const view = hostname ? siteSwitchView(hostname, sites) : undefined;
  const name = hostname ? displayHost(hostname) : '';
  const done = switchedOff && view?.on === false && !paused;

  const setOn = (on: boolean) => {
    if (!hostname) return;
    setSwitchedOff(!on);
    onChangeSites((rules) =>
      on ? enabledOn(rules, hostname) : withSite(rules, { host: hostname, subdomains: false }),
    );
  };

  return (
    <div class="site-switch" ref={box}>
      <Switch
        checked={view?.on === true && !paused}
        disabled={!view || paused}
        describedBy={view?.parent ? 'site-parent' : undefined}
        onChange={setOn}
      >
        {hostname ? i18n.t('popup.onSite', [name]) : i18n.t('popup.onThisSite')}
      </Switch>
      {hostname && view?.subdomains !== undefined && (
        <label class="inline subdomains">
          <input
            type="checkbox"
            checked={view.subdomains}
            disabled={paused}
            onChange={(event) => {
              const subdomains = event.currentTarget.checked;
              onChangeSites((rules) => withSite(rules, { host: hostname, subdomains }));
            }}
          />
          {i18n.t('popup.offSubdomains')}
        </label>
      )}
      {view?.parent && (
        <p id="site-parent" class="help">
          {i18n.t('popup.offByDomain', [displayHost(view.parent)])}
        </p>
      )}
      {/* Always there, so that screen readers hear what comes into it. */}
      <p class="site-done">
        <span id="site-done" role="status">
          {done ? i18n.t('common.siteOffDone', [name]) : ''}
        </span>
        {done && (
          <button
            type="button"
            aria-describedby="site-done"
            onClick={() => {
              setOn(true);
              // The button goes: focus goes back to the switch it undid.
              box.current?.querySelector<HTMLElement>('[role="switch"]')?.focus();
            }}
          >
            {i18n.t('popup.undo')}
          </button>
        )}
      </p>
    </div>
  );
}
