import { i18n } from '#i18n';
import { cardDirection } from './card-message';

/**
 * Our own pages (popup, options) speak the UI language: its `lang`, so screen readers and
 * fonts pick the right voice and glyphs, and its direction (as the card takes it), so an
 * Arabic, Hebrew or Persian UI is mirrored. The CSS uses logical properties.
 */
export function speakUiLanguage(title: string): void {
  const root = document.documentElement;
  root.lang = i18n.t('lang');
  root.dir = cardDirection();
  document.title = title;
}
