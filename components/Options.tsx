import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { withoutIgnored } from '../utils/ignored';
import { withoutPause } from '../utils/paused';
import {
  HIGHLIGHT_STYLES,
  LIMITS,
  type Settings,
  TRIGGERS,
  WHICH_MENTIONS,
} from '../utils/settings-schema';
import type { ShortcutRow } from '../utils/shortcuts';
import { type SiteRule, withoutSite, withSite } from '../utils/sites';
import { CHOICE_LABELS, choices } from './choice-labels';
import { IgnoredList } from './IgnoredList';
import { parseNumberDraft } from './number-draft';
import { PausedList } from './PausedList';
import { CardPreview, StylePreview } from './Previews';
import { Shortcuts } from './Shortcuts';
import { SiteList } from './SiteList';
import { Switch } from './Switch';

export interface OptionsProps {
  settings: Settings;
  /** Our keyboard shortcuts as the browser has them; undefined until known. */
  shortcuts: ShortcutRow[] | undefined;
  /** The Reset section's status line (empty: none). */
  notice: string;
  onChange(patch: Partial<Settings>): void;
  onOpenShortcuts(): void;
  onReset(): void;
  /** Present while the last reset can be undone. */
  onUndo?: () => void;
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

/** How long typing rests before a number is saved. */
const SAVE_AFTER_MS = 400;

/**
 * A number saved as it is typed, once typing rests (and tried at once when the page goes,
 * though a closing tab may not finish the write), not only on `change`, which never fires if
 * the field is not left before the tab closes. Text that is no valid number is
 * shown as an error beside the value still in force, and given up when the field is left.
 */
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
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const pending = useRef<number | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current !== undefined) onChange.current(pending.current);
    pending.current = undefined;
  }, []);
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const invalid = draft !== undefined && parseNumberDraft(draft, props.limits) === undefined;
  const errorId = `${props.id}-error`;
  return (
    <Setting id={props.id} help={props.help}>
      <label class="number">
        {props.label}
        <input
          type="number"
          min={props.limits.min}
          max={props.limits.max}
          step={props.step}
          value={draft ?? props.value}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? `${errorId} ${props.id}-help` : `${props.id}-help`}
          onInput={(event) => {
            const text = event.currentTarget.value;
            setDraft(text);
            clearTimeout(timer.current);
            pending.current = parseNumberDraft(text, props.limits);
            if (pending.current !== undefined)
              timer.current = window.setTimeout(flush, SAVE_AFTER_MS);
          }}
          onBlur={() => {
            flush();
            setDraft(undefined);
          }}
        />
        {props.unit}
      </label>
      {invalid && (
        <p id={errorId} class="error" role="alert">
          {i18n.t('options.numberInvalid', [props.limits.min, props.limits.max, props.value])}
        </p>
      )}
    </Setting>
  );
}

/**
 * Reset, then a polite status line with an Undo beside it. Focus stays on Reset (Undo comes
 * next in the tab order, described by the line); after Undo, which goes, it is back on Reset.
 */
function ResetSection(props: { notice: string; onReset(): void; onUndo?: () => void }) {
  const reset = useRef<HTMLButtonElement>(null);
  const { onUndo } = props;
  return (
    <section aria-labelledby="h-reset">
      <h2 id="h-reset">{i18n.t('options.reset')}</h2>
      <button type="button" ref={reset} onClick={props.onReset}>
        {i18n.t('options.resetButton')}
      </button>
      <div class="reset-status">
        <p id="reset-status" class="help" role="status">
          {props.notice}
        </p>
        {onUndo && (
          <button
            type="button"
            aria-describedby="reset-status"
            onClick={() => {
              // Before Undo goes, so that focus is never left on nothing.
              reset.current?.focus();
              onUndo();
            }}
          >
            {i18n.t('options.undo')}
          </button>
        )}
      </div>
    </section>
  );
}

export function Options(props: OptionsProps) {
  const { settings: s, onChange } = props;
  const sites = (next: SiteRule[]) => onChange({ disabledSites: next });
  return (
    <main class="options">
      <h1>{i18n.t('options.title')}</h1>
      <p class="help">{i18n.t('options.applyAtOnce')}</p>

      <section aria-labelledby="h-general">
        <h2 id="h-general">{i18n.t('options.general')}</h2>
        <Setting id="enabled" help={i18n.t('options.enabledHelp')}>
          <Switch
            checked={s.enabled}
            describedBy="enabled-help"
            onChange={(enabled) => onChange({ enabled })}
          >
            {i18n.t('options.enabled')}
          </Switch>
        </Setting>
        <Setting id="badge" help={i18n.t('options.badgeHelp')}>
          <Switch
            checked={s.badge}
            describedBy="badge-help"
            onChange={(badge) => onChange({ badge })}
          >
            {i18n.t('options.badge')}
          </Switch>
        </Setting>
      </section>

      <section aria-labelledby="h-look">
        <h2 id="h-look">{i18n.t('options.highlights')}</h2>
        <Choice
          legend={i18n.t('options.style')}
          name="style"
          value={s.style}
          options={choices(HIGHLIGHT_STYLES, CHOICE_LABELS.style)}
          help={i18n.t('options.styleHelp')}
          onChange={(style) => onChange({ style })}
        />
        <StylePreview style={s.style} />
        <Choice
          legend={i18n.t('options.which')}
          name="which"
          value={s.which}
          options={choices(WHICH_MENTIONS, CHOICE_LABELS.which)}
          help={i18n.t('options.whichHelp')}
          onChange={(which) => onChange({ which })}
        />
        <NumberSetting
          id="max"
          label={i18n.t('options.max')}
          value={s.maxHighlights}
          limits={LIMITS.maxHighlights}
          step={10}
          help={i18n.t('options.maxHelp', [LIMITS.maxHighlights.min, LIMITS.maxHighlights.max])}
          onChange={(maxHighlights) => onChange({ maxHighlights })}
        />
      </section>

      <section aria-labelledby="h-card">
        <h2 id="h-card">{i18n.t('options.cardSection')}</h2>
        <Choice
          legend={i18n.t('options.trigger')}
          name="trigger"
          value={s.trigger}
          options={choices(TRIGGERS, CHOICE_LABELS.trigger)}
          help={i18n.t('options.triggerHelp')}
          onChange={(trigger) => onChange({ trigger })}
        />
        <NumberSetting
          id="delay"
          label={i18n.t('options.delay')}
          value={s.hoverDelay}
          limits={LIMITS.hoverDelay}
          step={50}
          unit={` ${i18n.t('options.delayUnit')}`}
          help={i18n.t('options.delayHelp')}
          onChange={(hoverDelay) => onChange({ hoverDelay })}
        />
        <CardPreview />
      </section>

      <Shortcuts rows={props.shortcuts} onOpenSettings={props.onOpenShortcuts} />

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">{i18n.t('options.sites')}</h2>
        <SiteList
          sites={s.disabledSites}
          onAdd={(rule) => sites(withSite(s.disabledSites, rule))}
          onRemove={(host) => sites(withoutSite(s.disabledSites, host))}
        />
        <PausedList
          pauses={s.pausedSites}
          onResume={(host) => onChange({ pausedSites: withoutPause(s.pausedSites, host) })}
        />
      </section>

      <section aria-labelledby="h-ignored">
        <h2 id="h-ignored">{i18n.t('options.ignored')}</h2>
        <p class="help">{i18n.t('options.ignoredHelp')}</p>
        <IgnoredList
          entries={s.ignored}
          onRemove={(entry) => onChange({ ignored: withoutIgnored(s.ignored, entry) })}
        />
      </section>

      <ResetSection notice={props.notice} onReset={props.onReset} onUndo={props.onUndo} />
    </main>
  );
}
