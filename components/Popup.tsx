import { ARTICLE_URL } from '../utils/links';
import { ExternalLink } from './ExternalLink';

export function Popup(props: { onOpenSettings(): void }) {
  return (
    <main class="popup">
      <h1>D3 + K2 Companion</h1>
      <p>
        Marks mentions of vitamin D3 on the pages you read. Point at one to learn why D3 works best
        together with vitamin K2.
      </p>
      <ExternalLink href={ARTICLE_URL} class="button">
        Read the full article
      </ExternalLink>
      <p class="secondary">
        <a
          href="/options.html"
          onClick={(event) => {
            event.preventDefault();
            props.onOpenSettings();
          }}
        >
          Settings
        </a>
      </p>
    </main>
  );
}
