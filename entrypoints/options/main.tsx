import '../../components/page.css';
import '../../components/highlight.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Options } from '../../components/Options';
import {
  loadSettings,
  resetSettings,
  type Settings,
  saveSettings,
  watchSettings,
} from '../../utils/settings';

function OptionsPage() {
  const [settings, setSettings] = useState<Settings>();
  const [notice, setNotice] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <Options
      settings={settings}
      notice={notice}
      onChange={(patch) => {
        setNotice('');
        void saveSettings(patch);
      }}
      onReset={() => void resetSettings().then(() => setNotice(i18n.t('options.resetDone')))}
    />
  );
}

document.documentElement.lang = i18n.t('lang');
document.title = i18n.t('options.title');
render(<OptionsPage />, document.getElementById('app') as HTMLElement);
