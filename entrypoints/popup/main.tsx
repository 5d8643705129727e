import '../../components/page.css';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { Popup } from '../../components/Popup';
import type { TabView } from '../../components/popup-state';
import { isPageStatus, type ToContent } from '../../utils/messages';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  type Settings,
  saveSettings,
  updateSettings,
  watchSettings,
} from '../../utils/settings';

/**
 * The tab the popup describes: the active one. When this page is itself open in a tab rather
 * than as the toolbar popup, it describes the tab the user came from.
 */
async function targetTab(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // The tab they came from may be in another window.
  const others = (await browser.tabs.query({})).filter((t) => t.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

// The top frame speaks for the page (frames run their own content scripts, and stay quiet).
const ask = (tabId: number, message: ToContent) =>
  browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);

function PopupPage() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [view, setView] = useState<TabView>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number>();

  const refresh = useCallback(async (id: number | undefined) => {
    const status = id === undefined ? undefined : await ask(id, { type: 'get-status' });
    // No answer: no content script there (a browser page, a store page, the PDF viewer).
    setView(isPageStatus(status) ? { kind: 'page', status } : { kind: 'unavailable' });
  }, []);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void targetTab().then((id) => {
      setTabId(id);
      void refresh(id);
    });
  }, [refresh]);

  useEffect(
    () =>
      watchSettings((next) => {
        setSettings(next);
        // The tab's content script applies the change too; ask again once it has.
        setTimeout(() => void refresh(tabId), 150);
      }),
    [refresh, tabId],
  );

  return (
    <Popup
      view={view}
      settings={settings}
      onSetEnabled={(enabled) => void saveSettings({ enabled })}
      onChangeSites={(change) =>
        void updateSettings((s) => ({ disabledSites: change(s.disabledSites) }))
      }
      onShowMention={(index) => {
        if (tabId === undefined) return;
        void ask(tabId, { type: 'show-mention', index });
        void browser.tabs.update(tabId, { active: true });
        window.close();
      }}
      onOpenSettings={() => {
        void browser.runtime.openOptionsPage();
        window.close();
      }}
    />
  );
}

document.documentElement.lang = i18n.t('lang');
document.title = i18n.t('ext.name');
render(<PopupPage />, document.getElementById('app') as HTMLElement);
