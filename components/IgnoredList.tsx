import { i18n } from '#i18n';
import { displayHost } from '../utils/host-names';
import type { IgnoredPhrase } from '../utils/ignored';

/**
 * The phrases not marked on a site, each with a button that marks it again. Entries come only
 * from the card ("Not vitamin D3 here"), so there is nothing to add here.
 */
export function IgnoredList(props: {
  entries: IgnoredPhrase[];
  onRemove(entry: IgnoredPhrase): void;
}) {
  if (props.entries.length === 0) return <p class="help">{i18n.t('ignored.none')}</p>;
  return (
    <div class="sites">
      <ul aria-label={i18n.t('options.ignored')}>
        {props.entries.map((entry) => (
          <li key={`${entry.host} ${entry.phrase}`}>
            <span>{i18n.t('ignored.entry', [entry.phrase, displayHost(entry.host)])}</span>
            <button
              type="button"
              aria-label={i18n.t('ignored.removeLabel', [entry.phrase, displayHost(entry.host)])}
              onClick={() => props.onRemove(entry)}
            >
              {i18n.t('ignored.remove')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
