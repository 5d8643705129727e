import '../../components/page.css';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { Popup } from '../../components/Popup';
import { speakUiLanguage } from '../../components/page-language';
import type { FrameStatus, TabView } from '../../components/popup-state';
import { lookingStatus } from '../../content/handoff';
import { isPageStatus, type PageStatus, type ToContent } from '../../utils/messages';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  type Settings,
  saveSettings,
  updateSettings,
  watchSettings,
} from '../../utils/settings';
import { framesToAsk, parseFrameTallies, tabCountsKey } from '../../utils/tab-counts';

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

const ask = (tabId: number, message: ToContent, frameId = 0) =>
  browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => undefined);

/**
 * A frame's status: its engine answers; where none runs yet, the first look may still be
 * looking, and it keeps no listener (content/handoff.ts), so the frame is asked directly.
 */
async function statusOf(tabId: number, frameId: number): Promise<unknown> {
  const answer: unknown = await ask(tabId, { type: 'get-status' }, frameId);
  if (isPageStatus(answer)) return answer;
  const results = await browser.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, func: lookingStatus })
    .catch(() => []);
  return results[0]?.result;
}

/**
 * The tab as its frames describe it. The top frame speaks for the site; each frame runs its
 * own engine, and those that found mentions are known from their counts (utils/tab-counts.ts).
 */
async function describeTab(tabId: number): Promise<TabView> {
  const key = tabCountsKey(tabId);
  const counted = parseFrameTallies((await browser.storage.session.get(key))[key]);
  const answers = await Promise.all(
    framesToAsk(counted).map(async (frameId) => ({
      frameId,
      status: await statusOf(tabId, frameId),
    })),
  );
  const [top, ...others] = answers;
  // No answer: no content script there (a browser page, a store page, the PDF viewer).
  if (!top || !isPageStatus(top.status)) return { kind: 'unavailable' };
  const frames = others.filter((f): f is FrameStatus => isPageStatus(f.status));
  return { kind: 'page', status: top.status as PageStatus, frames };
}

function PopupPage() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [view, setView] = useState<TabView>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number>();

  const refresh = useCallback(async (id: number | undefined) => {
    setView(id === undefined ? { kind: 'unavailable' } : await describeTab(id));
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
        // The tab's content script applies the change too; ask again once it has. Before the
        // tab is known (a write as the popup opens: a migration) the first answer is coming.
        if (tabId !== undefined) setTimeout(() => void refresh(tabId), 150);
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
      onUpdate={(change) => void updateSettings(change)}
      onShowMention={(frameId, index) => {
        if (tabId === undefined) return;
        void ask(tabId, { type: 'show-mention', index }, frameId);
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

speakUiLanguage(i18n.t('ext.name'));
render(<PopupPage />, document.getElementById('app') as HTMLElement);
