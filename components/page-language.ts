import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/**
 * Our own pages (popup, options) speak the UI language: its `lang`, so screen readers and
 * fonts pick the right voice and glyphs, and its direction (`@@bidi_dir`, which both browsers
 * predefine), so an Arabic, Hebrew or Persian UI is mirrored. The CSS uses logical properties.
 */
export function speakUiLanguage(title: string): void {
  const root = document.documentElement;
  root.lang = i18n.t('lang');
  root.dir = browser.i18n.getMessage('@@bidi_dir' as never) === 'rtl' ? 'rtl' : 'ltr';
  document.title = title;
}
