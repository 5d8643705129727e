import { i18n } from '#i18n';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '../utils/choices';
import { CHOICE_LABELS, choices } from './choice-labels';

/**
 * The highlight style, in the popup: the options page's choice, compact. Native radios in a
 * fieldset: a group named by its legend, one tab stop, arrow keys to choose.
 */
export function QuickStyle(props: {
  value: HighlightStyle;
  onChange(style: HighlightStyle): void;
}) {
  return (
    <fieldset class="quick-style">
      <legend>{i18n.t('options.style')}</legend>
      {choices(HIGHLIGHT_STYLES, CHOICE_LABELS.style).map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name="quick-style"
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
