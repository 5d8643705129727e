import type { Settings } from '../utils/settings-schema';

export interface OptionsProps {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

export function Options({ settings, onChange }: OptionsProps) {
  return (
    <main class="options">
      <h1>D3 + K2 Companion settings</h1>
      <div class="setting">
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            aria-describedby="enabled-help"
            onChange={(event) => onChange({ enabled: event.currentTarget.checked })}
          />
          Highlight mentions on pages
        </label>
        <p id="enabled-help" class="help">
          When this is off, the extension rests on every site. Open tabs follow the change at once,
          without reloading.
        </p>
      </div>
    </main>
  );
}
