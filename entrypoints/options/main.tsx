import '../../components/page.css';
import '../../components/highlight.css';
import { render } from 'preact';
import { useEffect, useReducer, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Options } from '../../components/Options';
import { speakUiLanguage } from '../../components/page-language';
import { NO_RESET, nextResetState } from '../../components/reset-undo';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  resetSettings,
  restoreSettings,
  type Settings,
  saveSettings,
  watchSettings,
} from '../../utils/settings';
import {
  onShortcutsChanged,
  openShortcutSettings,
  readShortcuts,
  type ShortcutRow,
} from '../../utils/shortcuts';

function OptionsPage() {
  const [settings, setSettings] = useState<Settings>();
  const [shortcuts, setShortcuts] = useState<ShortcutRow[]>();
  const [reset, dispatch] = useReducer(nextResetState, NO_RESET);

  useEffect(() => {
    // Where the browser cannot say, no list rather than a wrong one.
    const readKeys = () => void readShortcuts().then(setShortcuts, () => setShortcuts(undefined));
    const refresh = () => {
      void loadSettings().then(setSettings);
      readKeys();
    };
    // Back from the browser's shortcut page (Chrome tells us of no change there), or from
    // another window: read everything again.
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    refresh();
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    const unwatchKeys = onShortcutsChanged(readKeys);
    const unwatch = watchSettings((next) => {
      setSettings(next);
      dispatch({ kind: 'heard', settings: next });
    });
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
      unwatchKeys();
      unwatch();
    };
  }, []);

  if (!settings) return null;
  const { undo } = reset;
  return (
    <Options
      settings={settings}
      shortcuts={shortcuts}
      notice={reset.said === null ? '' : i18n.t(reset.said)}
      onChange={(patch) => {
        dispatch({ kind: 'changed' });
        void saveSettings(patch);
      }}
      onOpenShortcuts={() => void openShortcutSettings()}
      onReset={() =>
        void resetSettings().then((before) =>
          dispatch({ kind: 'reset', before, after: { ...DEFAULT_SETTINGS } }),
        )
      }
      onUndo={
        undo && (() => void restoreSettings(undo.before).then(() => dispatch({ kind: 'undone' })))
      }
    />
  );
}

speakUiLanguage(i18n.t('options.title'));
render(<OptionsPage />, document.getElementById('app') as HTMLElement);
