import { i18n } from '#i18n';
import type { HighlightStyle, Trigger, WhichMentions } from '../utils/choices';
import type { PlainKey } from './message-keys';

/**
 * The label of every choice, for the options page and the popup alike. `satisfies` makes a
 * value added to a list in utils/choices.ts fail to compile here until it has a label (and a
 * message in every locale).
 */
export const CHOICE_LABELS = {
  style: {
    underline: 'options.styleUnderline',
    background: 'options.styleBackground',
    none: 'options.styleNone',
  },
  which: { all: 'options.whichAll', first: 'options.whichFirst' },
  trigger: { hover: 'options.triggerHover', click: 'options.triggerClick' },
} as const satisfies {
  style: Record<HighlightStyle, PlainKey>;
  which: Record<WhichMentions, PlainKey>;
  trigger: Record<Trigger, PlainKey>;
};

/** A setting's choices, in the order its list declares them, with their labels. */
export function choices<T extends string>(
  values: readonly T[],
  labels: Record<T, PlainKey>,
): [T, string][] {
  return values.map((value) => [value, i18n.t(labels[value])]);
}
