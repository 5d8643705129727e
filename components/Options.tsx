import type { ComponentChildren } from 'preact';
import { LIMITS, type Settings } from '../utils/settings-schema';
import { type SiteRule, withoutSite, withSite } from '../utils/sites';
import { CardPreview, StylePreview } from './Previews';
import { SiteList } from './SiteList';
import { Switch } from './Switch';

export interface OptionsProps {
  settings: Settings;
  notice: string;
  onChange(patch: Partial<Settings>): void;
  onReset(): void;
}

function Setting(props: { id: string; help: string; children: ComponentChildren }) {
  return (
    <div class="setting">
      {props.children}
      <p id={`${props.id}-help`} class="help">
        {props.help}
      </p>
    </div>
  );
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: [T, string][];
  help: string;
  onChange(value: T): void;
}) {
  return (
    <fieldset class="setting" aria-describedby={`${props.name}-help`}>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value} class="inline">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
      <p id={`${props.name}-help`} class="help">
        {props.help}
      </p>
    </fieldset>
  );
}

function NumberSetting(props: {
  id: string;
  label: string;
  value: number;
  limits: { min: number; max: number };
  step: number;
  unit?: string;
  help: string;
  onChange(value: number): void;
}) {
  return (
    <Setting id={props.id} help={props.help}>
      <label class="number">
        {props.label}
        <input
          type="number"
          min={props.limits.min}
          max={props.limits.max}
          step={props.step}
          value={props.value}
          aria-describedby={`${props.id}-help`}
          onChange={(event) => {
            const value = event.currentTarget.valueAsNumber;
            if (Number.isFinite(value)) props.onChange(value);
          }}
        />
        {props.unit}
      </label>
    </Setting>
  );
}

export function Options({ settings: s, notice, onChange, onReset }: OptionsProps) {
  const sites = (next: SiteRule[]) => onChange({ disabledSites: next });
  return (
    <main class="options">
      <h1>D3 + K2 Companion settings</h1>
      <p class="help">Changes apply at once, in every open tab.</p>

      <section aria-labelledby="h-general">
        <h2 id="h-general">General</h2>
        <Setting id="enabled" help="Off pauses the extension on every site.">
          <Switch
            checked={s.enabled}
            describedBy="enabled-help"
            onChange={(enabled) => onChange({ enabled })}
          >
            Highlight mentions on pages
          </Switch>
        </Setting>
        <Setting
          id="badge"
          help="Shows how many mentions the current page has on the toolbar icon."
        >
          <Switch
            checked={s.badge}
            describedBy="badge-help"
            onChange={(badge) => onChange({ badge })}
          >
            Show the count on the toolbar icon
          </Switch>
        </Setting>
      </section>

      <section aria-labelledby="h-look">
        <h2 id="h-look">Highlights</h2>
        <Choice
          legend="Highlight style"
          name="style"
          value={s.style}
          options={[
            ['underline', 'Dotted underline'],
            ['background', 'Background tint'],
            ['none', 'None'],
          ]}
          help="With None, mentions are not marked, but the card still opens on them."
          onChange={(style) => onChange({ style })}
        />
        <StylePreview style={s.style} />
        <Choice
          legend="Which mentions"
          name="which"
          value={s.which}
          options={[
            ['all', 'Every mention'],
            ['first', 'Only the first on each page'],
          ]}
          help="Marking only the first keeps long articles calm."
          onChange={(which) => onChange({ which })}
        />
        <NumberSetting
          id="max"
          label="Most highlights on one page"
          value={s.maxHighlights}
          limits={LIMITS.maxHighlights}
          step={10}
          help={`Between ${LIMITS.maxHighlights.min} and ${LIMITS.maxHighlights.max}. Pages with more mentions show this many.`}
          onChange={(maxHighlights) => onChange({ maxHighlights })}
        />
      </section>

      <section aria-labelledby="h-card">
        <h2 id="h-card">The card</h2>
        <Choice
          legend="Open the card"
          name="trigger"
          value={s.trigger}
          options={[
            ['hover', 'When the pointer rests on a mention'],
            ['click', 'When I click a mention'],
          ]}
          help="Touch screens always open it with a tap, and Alt+Shift+K opens it from the keyboard."
          onChange={(trigger) => onChange({ trigger })}
        />
        <NumberSetting
          id="delay"
          label="Hover delay"
          value={s.hoverDelay}
          limits={LIMITS.hoverDelay}
          step={50}
          unit=" ms"
          help="How long the pointer rests on a mention before its card opens."
          onChange={(hoverDelay) => onChange({ hoverDelay })}
        />
        <CardPreview />
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">Sites where it is off</h2>
        <SiteList
          sites={s.disabledSites}
          onAdd={(rule) => sites(withSite(s.disabledSites, rule))}
          onRemove={(host) => sites(withoutSite(s.disabledSites, host))}
        />
      </section>

      <section aria-labelledby="h-reset">
        <h2 id="h-reset">Reset</h2>
        <button type="button" onClick={onReset}>
          Reset all settings to their defaults
        </button>
        <p class="help" role="status">
          {notice}
        </p>
      </section>
    </main>
  );
}
