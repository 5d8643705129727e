import { i18n } from '#i18n';
import { displayHost } from '../utils/host-names';
import { ARTICLE_LANG, ARTICLE_URL, articleLabel } from '../utils/links';
import { pausedUntil, withoutPause, withPause } from '../utils/paused';
import type { Settings } from '../utils/settings-schema';
import { isSiteDisabled, parseSite, type SiteRule } from '../utils/sites';
import { ExternalLink } from './ExternalLink';
import { PauseHere } from './PauseHere';
import { type Headline, headline, listed, type TabView } from './popup-state';
import { QuickStyle } from './QuickStyle';
import { SiteSwitch } from './SiteSwitch';
import { Switch } from './Switch';
import { timeOfDay } from './time-of-day';
import { useClock } from './use-clock';

export interface PopupProps {
  view: TabView;
  settings: Settings;
  onSetEnabled(enabled: boolean): void;
  onChangeSites(change: (sites: readonly SiteRule[]) => SiteRule[]): void;
  /** Saves a change made from the current settings (the quick controls). */
  onUpdate(change: (current: Settings) => Partial<Settings>): void;
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
    case 'popup.pausedOn':
      return i18n.t(line.key, [displayHost(line.host), timeOfDay(line.until, i18n.t('lang'))]);
    default:
      return i18n.t(line.key);
  }
}

export function Popup({ view, settings, ...on }: PopupProps) {
  const now = useClock(settings.pausedSites.map((p) => p.until));
  const status = view.kind === 'page' ? view.status : undefined;
  const siteOn = status ? !isSiteDisabled(status.hostname, settings.disabledSites) : false;
  const host = status?.hostname ?? '';
  const paused = pausedUntil(settings.pausedSites, host, now) !== undefined;
  const mentions = settings.enabled && siteOn && !paused ? listed(view) : [];
  return (
    <main class="popup">
      <h1>{i18n.t('ext.name')}</h1>
      <p class="status" role="status">
        {say(headline(view, settings, now))}
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

      {/* A pause is for a site that runs: off there or everywhere, there is nothing to pause.
          A host no rule can name (a file, an IPv6 address) could not keep one either. */}
      {parseSite(host) && settings.enabled && siteOn && (
        <PauseHere
          paused={paused}
          onPause={() =>
            on.onUpdate((s) => ({ pausedSites: withPause(s.pausedSites, host, Date.now()) }))
          }
          onResume={() => on.onUpdate((s) => ({ pausedSites: withoutPause(s.pausedSites, host) }))}
        />
      )}
      <QuickStyle value={settings.style} onChange={(style) => on.onUpdate(() => ({ style }))} />

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
