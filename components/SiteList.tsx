import { useState } from 'preact/hooks';
import { parseSite, type SiteRule } from '../utils/sites';

export function SiteList(props: {
  sites: SiteRule[];
  onAdd(rule: SiteRule): void;
  onRemove(host: string): void;
}) {
  const [text, setText] = useState('');
  const [wholeDomain, setWholeDomain] = useState(false);
  const [error, setError] = useState('');

  const add = (event: Event) => {
    event.preventDefault();
    const rule = parseSite(text, wholeDomain);
    if (!rule) {
      setError('Enter a site such as example.com.');
      return;
    }
    props.onAdd(rule);
    setText('');
    setWholeDomain(false);
    setError('');
  };

  return (
    <div class="sites">
      {props.sites.length === 0 ? (
        <p class="help">No sites yet.</p>
      ) : (
        <ul aria-label="Sites where it is off">
          {props.sites.map((site) => (
            <li key={site.host}>
              <span>
                {site.host}
                {site.subdomains && <span class="help"> and its subdomains</span>}
              </span>
              <button
                type="button"
                aria-label={`Remove ${site.host}`}
                onClick={() => props.onRemove(site.host)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label>
          Site
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
          Include subdomains
        </label>
        <button type="submit">Add</button>
        <p id="site-error" class="error" role="alert">
          {error}
        </p>
      </form>
    </div>
  );
}
