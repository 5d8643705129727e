import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { displayHost } from '../utils/host-names';
import { isListed, parseSite, type SiteRule } from '../utils/sites';

export function SiteList(props: {
  sites: SiteRule[];
  onAdd(rule: SiteRule): void;
  onRemove(host: string): void;
}) {
  const [text, setText] = useState('');
  const [wholeDomain, setWholeDomain] = useState(false);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');

  const add = (event: Event) => {
    event.preventDefault();
    const rule = parseSite(text, wholeDomain);
    if (!rule) {
      setError(i18n.t('sites.invalid'));
      setNotice('');
      return;
    }
    // Said, not silently done again: the reader may think the first time did not take.
    if (isListed(props.sites, rule)) setNotice(i18n.t('sites.duplicate', [displayHost(rule.host)]));
    else {
      props.onAdd(rule);
      setNotice('');
    }
    setText('');
    setWholeDomain(false);
    setError('');
  };

  return (
    <div class="sites">
      {props.sites.length === 0 ? (
        <p class="help">{i18n.t('sites.none')}</p>
      ) : (
        <ul aria-label={i18n.t('options.sites')}>
          {props.sites.map((site) => (
            <li key={site.host}>
              <span>
                {displayHost(site.host)}
                {site.subdomains && <span class="help"> {i18n.t('sites.subdomains')}</span>}
              </span>
              <button
                type="button"
                aria-label={i18n.t('sites.removeLabel', [displayHost(site.host)])}
                onClick={() => props.onRemove(site.host)}
              >
                {i18n.t('sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label>
          {i18n.t('sites.site')}
          <input
            type="text"
            value={text}
            placeholder="example.com"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby="site-error"
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </label>
        <label class="inline">
          <input
            type="checkbox"
            checked={wholeDomain}
            onChange={(event) => setWholeDomain(event.currentTarget.checked)}
          />
          {i18n.t('sites.includeSubdomains')}
        </label>
        <button type="submit">{i18n.t('sites.add')}</button>
        <p id="site-error" class="error" role="alert">
          {error}
        </p>
        <p class="help" role="status">
          {notice}
        </p>
      </form>
    </div>
  );
}
