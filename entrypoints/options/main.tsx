import '../../components/page.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Options } from '../../components/Options';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  type Settings,
  saveSettings,
  watchSettings,
} from '../../utils/settings';

function OptionsPage() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      setReady(true);
    });
    return watchSettings(setSettings);
  }, []);
  if (!ready) return null;
  return <Options settings={settings} onChange={(patch) => void saveSettings(patch)} />;
}

render(<OptionsPage />, document.getElementById('app') as HTMLElement);
