import { Fragment } from 'preact';
import { i18n } from '#i18n';
import type { ShortcutRow } from '../utils/shortcuts';

/** A shortcut's keys, each its own <kbd> inside one for the whole, joined as the browser joins them. */
function Keys(props: { keys: string[] }) {
  return (
    <kbd>
      {props.keys.map((key, i) => (
        // By place: the same key can come twice ('Ctrl++').
        <Fragment key={i}>
          {i > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

/**
 * Our keyboard shortcuts as the browser has them (`undefined` until read, or when it cannot
 * say: then no list, rather than a wrong one), and the way to the browser's own page where
 * they are changed.
 */
export function Shortcuts(props: { rows: ShortcutRow[] | undefined; onOpenSettings(): void }) {
  return (
    <section aria-labelledby="h-shortcuts">
      <h2 id="h-shortcuts">{i18n.t('options.shortcuts')}</h2>
      {props.rows && (
        <ul class="shortcuts" aria-labelledby="h-shortcuts">
          {props.rows.map((row) => (
            <li key={row.name}>
              <span>{row.description}</span>
              {row.keys.length > 0 ? (
                <Keys keys={row.keys} />
              ) : (
                <span class="unassigned">{i18n.t('options.shortcutNone')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p id="shortcuts-help" class="help">
        {i18n.t('options.shortcutsHelp')}
      </p>
      <button type="button" aria-describedby="shortcuts-help" onClick={props.onOpenSettings}>
        {i18n.t('options.shortcutsButton')}
      </button>
    </section>
  );
}
