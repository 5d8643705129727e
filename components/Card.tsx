import { ARTICLE_URL, RESEARCH_URL } from '../utils/links';
import { ExternalLink } from './ExternalLink';
import { trapTab } from './focus-trap';
import { trusted } from './trusted';

export interface CardProps {
  k2OnPage: boolean;
  onClose(): void;
  onDisableSite(): void;
  onOpenSettings(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** The explanation shown beside a mention: our own words, short enough to read in passing. */
export function Card(props: CardProps) {
  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby="d3k2-title"
      aria-describedby="d3k2-body"
      tabIndex={-1}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(event) => trapTab(event, event.currentTarget)}
    >
      <div class="head">
        <h2 id="d3k2-title">Vitamin D3 works best with K2</h2>
        <button type="button" class="close" aria-label="Close" onClick={trusted(props.onClose)}>
          ×
        </button>
      </div>
      <div id="d3k2-body">
        <p>
          Vitamin D3 helps your body take in more calcium from food, but it has no say in where that
          calcium ends up. That is vitamin K2's job: it switches on osteocalcin and matrix
          Gla-protein, two proteins that move calcium into bones and teeth and help keep it out of
          artery walls. Taken together, one brings the calcium in and the other puts it in the right
          place.
        </p>
        {props.k2OnPage && <p class="note">This page mentions vitamin K2 as well.</p>}
      </div>
      <div class="links">
        <ExternalLink href={ARTICLE_URL} class="primary">
          Read the full article
        </ExternalLink>
        <ExternalLink href={RESEARCH_URL}>See the research</ExternalLink>
      </div>
      <div class="actions">
        <button type="button" onClick={trusted(props.onDisableSite)}>
          Don't highlight on this site
        </button>
        <button type="button" onClick={trusted(props.onOpenSettings)}>
          Settings
        </button>
      </div>
      <p class="disclaimer">
        Not medical advice. These statements have not been evaluated by the FDA.
      </p>
    </div>
  );
}
