import { i18n } from '#i18n';
import { displayHost } from '../utils/host-names';
import { ARTICLE_LANG, ARTICLE_URL, articleLabel } from '../utils/links';
import type { Settings } from '../utils/settings-schema';
import { isSiteDisabled } from '../utils/sites';
import { ExternalLink } from './ExternalLink';
import { type Headline, headline, listed, type TabView } from './popup-state';
import { Switch } from './Switch';

export interface PopupProps {
  view: TabView;
  settings: Settings;
  onSetEnabled(enabled: boolean): void;
  onSetSiteEnabled(hostname: string, enabled: boolean): void;
  /** A listed mention: its frame (0 for the top) and its index there. */
  onShowMention(frameId: number, index: number): void;
  onOpenSettings(): void;
}

function say(line: Headline): string {
  const number = new Intl.NumberFormat(i18n.t('lang'));
  switch (line.key) {
    case 'popup.found':
      return i18n.t(line.key, line.count, [number.format(line.count)]);
    case 'popup.foundSome': {
      const found = number.format(line.found) + (line.capped ? '+' : '');
      return i18n.t(line.key, [found, number.format(line.highlighted)]);
    }
    default:
      return i18n.t(line.key);
  }
}

export function Popup({ view, settings, ...on }: PopupProps) {
  const status = view.kind === 'page' ? view.status : undefined;
  const siteOn = status ? !isSiteDisabled(status.hostname, settings.disabledSites) : false;
  const mentions = settings.enabled && siteOn ? listed(view) : [];
  return (
    <main class="popup">
      <h1>{i18n.t('ext.name')}</h1>
      <p class="status" role="status">
        {say(headline(view, settings))}
      </p>

      <div class="switches">
        {/* Paused everywhere, nothing runs here either: the switch shows off, and waits. */}
        <Switch
          checked={siteOn && settings.enabled}
          disabled={!status || !settings.enabled}
          onChange={(checked) => status && on.onSetSiteEnabled(status.hostname, checked)}
        >
          {status?.hostname
            ? i18n.t('popup.onSite', [displayHost(status.hostname)])
            : i18n.t('popup.onThisSite')}
        </Switch>
        <Switch checked={settings.enabled} onChange={on.onSetEnabled}>
          {i18n.t('popup.onAllSites')}
        </Switch>
      </div>

      {mentions.length > 0 && (
        <ol class="mentions" aria-label={i18n.t('popup.mentionsLabel')}>
          {mentions.map(({ frameId, index, mention: m }) => (
            <li key={`${frameId}:${index}`}>
              {/* Each snippet in its own direction: a Hebrew page's reads right to left. */}
              <button type="button" dir="auto" onClick={() => on.onShowMention(frameId, index)}>
                <span class="context">{m.before}</span>
                <mark>{m.text}</mark>
                <span class="context">{m.after}</span>
              </button>
            </li>
          ))}
        </ol>
      )}

      <ExternalLink href={ARTICLE_URL} class="button" hreflang={ARTICLE_LANG}>
        {articleLabel(i18n.t('lang'), i18n.t('common.readArticle'), () =>
          i18n.t('common.inEnglish'),
        )}
      </ExternalLink>
      <p class="secondary">
        <a
          href="/options.html"
          onClick={(event) => {
            event.preventDefault();
            on.onOpenSettings();
          }}
        >
          {i18n.t('common.settings')}
        </a>
      </p>
    </main>
  );
}
