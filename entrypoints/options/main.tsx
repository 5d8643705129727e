import '../../components/page.css';
import '../../components/highlight.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Options } from '../../components/Options';
import { speakUiLanguage } from '../../components/page-language';
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

speakUiLanguage(i18n.t('options.title'));
render(<OptionsPage />, document.getElementById('app') as HTMLElement);
