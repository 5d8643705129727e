import { i18n } from '#i18n';
import { ARTICLE_LANG, ARTICLE_URL, articleLabel } from '../utils/links';
import type { Settings } from '../utils/settings-schema';
import { isSiteDisabled, type SiteRule } from '../utils/sites';
import { ExternalLink } from './ExternalLink';
import { type Headline, headline, type TabView } from './popup-state';
import { SiteSwitch } from './SiteSwitch';
import { Switch } from './Switch';

export interface PopupProps {
  view: TabView;
  settings: Settings;
  onSetEnabled(enabled: boolean): void;
  onChangeSites(change: (sites: readonly SiteRule[]) => SiteRule[]): void;
  onShowMention(index: number): void;
  onOpenSettings(): void;
}

const say = (line: Headline) =>
  line.key === 'popup.found' ? i18n.t(line.key, line.count) : i18n.t(line.key);

export function Popup({ view, settings, ...on }: PopupProps) {
  const status = view.kind === 'page' ? view.status : undefined;
  const siteOn = status ? !isSiteDisabled(status.hostname, settings.disabledSites) : false;
  const mentions = settings.enabled && siteOn ? (status?.mentions ?? []) : [];
  return (
    <main class="popup">
      <h1>{i18n.t('ext.name')}</h1>
      <p class="status" role="status">
        {say(headline(view, settings))}
      </p>

      <div class="switches">
        {/* Paused everywhere, nothing runs here either: the switch shows off, and waits. */}
        <SiteSwitch
          hostname={status?.hostname}
          sites={settings.disabledSites}
          paused={!settings.enabled}
          onChangeSites={on.onChangeSites}
        />
        <Switch checked={settings.enabled} onChange={on.onSetEnabled}>
          {i18n.t('popup.onAllSites')}
        </Switch>
      </div>

      {mentions.length > 0 && (
        <ol class="mentions" aria-label={i18n.t('popup.mentionsLabel')}>
          {mentions.map((m, i) => (
            <li key={i}>
              {/* Each snippet in its own direction: a Hebrew page's reads right to left. */}
              <button type="button" dir="auto" onClick={() => on.onShowMention(i)}>
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
