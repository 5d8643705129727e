import { ARTICLE_URL } from '../utils/links';
import type { Settings } from '../utils/settings-schema';
import { isSiteDisabled } from '../utils/sites';
import { ExternalLink } from './ExternalLink';
import { headline, type TabView } from './popup-state';
import { Switch } from './Switch';

export interface PopupProps {
  view: TabView;
  settings: Settings;
  onSetEnabled(enabled: boolean): void;
  onSetSiteEnabled(hostname: string, enabled: boolean): void;
  onShowMention(index: number): void;
  onOpenSettings(): void;
}

export function Popup({ view, settings, ...on }: PopupProps) {
  const status = view.kind === 'page' ? view.status : undefined;
  const siteOn = status ? !isSiteDisabled(status.hostname, settings.disabledSites) : false;
  const mentions = settings.enabled && siteOn ? (status?.mentions ?? []) : [];
  return (
    <main class="popup">
      <h1>D3 + K2 Companion</h1>
      <p class="status" role="status">
        {headline(view, settings)}
      </p>

      <div class="switches">
        <Switch
          checked={siteOn}
          disabled={!status}
          onChange={(checked) => status && on.onSetSiteEnabled(status.hostname, checked)}
        >
          On {status?.hostname || 'this site'}
        </Switch>
        <Switch checked={settings.enabled} onChange={on.onSetEnabled}>
          On all sites
        </Switch>
      </div>

      {mentions.length > 0 && (
        <ol class="mentions" aria-label="Mentions on this page">
          {mentions.map((m, i) => (
            <li key={i}>
              <button type="button" onClick={() => on.onShowMention(i)}>
                <span class="context">{m.before}</span>
                <mark>{m.text}</mark>
                <span class="context">{m.after}</span>
              </button>
            </li>
          ))}
        </ol>
      )}

      <ExternalLink href={ARTICLE_URL} class="button">
        Read the full article
      </ExternalLink>
      <p class="secondary">
        <a
          href="/options.html"
          onClick={(event) => {
            event.preventDefault();
            on.onOpenSettings();
          }}
        >
          Settings
        </a>
      </p>
    </main>
  );
}
