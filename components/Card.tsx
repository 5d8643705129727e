import { ARTICLE_URL, RESEARCH_URL } from '../utils/links';
import { cardMessage } from './card-message';
import { ExternalLink } from './ExternalLink';
import { trapTab } from './focus-trap';
import { NotHere, type NotHereProps } from './NotHere';
import { trusted } from './trusted';

export interface CardProps {
  k2OnPage: boolean;
  onClose(): void;
  onDisableSite(): void;
  onOpenSettings(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** "Not vitamin D3 here"; `id` is new for each card opened, so its state starts afresh. */
  notHere?: NotHereProps & { id: number };
}

/** The explanation shown beside a mention: our own words, short enough to read in passing. */
export function Card(props: CardProps) {
  return (
    <div
      class="card"
      lang={cardMessage('lang')}
      role="dialog"
      aria-labelledby="d3k2-title"
      aria-describedby="d3k2-body"
      tabIndex={-1}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(event) => trapTab(event, event.currentTarget)}
    >
      <div class="head">
        <h2 id="d3k2-title">{cardMessage('card.title')}</h2>
        <button
          type="button"
          class="close"
          aria-label={cardMessage('card.close')}
          onClick={trusted(props.onClose)}
        >
          ×
        </button>
      </div>
      <div id="d3k2-body">
        <p>{cardMessage('card.body')}</p>
        {props.k2OnPage && <p class="note">{cardMessage('card.k2OnPage')}</p>}
      </div>
      <div class="links">
        <ExternalLink href={ARTICLE_URL} class="primary">
          {cardMessage('common.readArticle')}
        </ExternalLink>
        <ExternalLink href={RESEARCH_URL}>{cardMessage('card.research')}</ExternalLink>
      </div>
      <div class="actions">
        <button type="button" onClick={trusted(props.onDisableSite)}>
          {cardMessage('card.disableSite')}
        </button>
        {props.notHere && <NotHere key={props.notHere.id} {...props.notHere} />}
        <button type="button" onClick={trusted(props.onOpenSettings)}>
          {cardMessage('common.settings')}
        </button>
      </div>
      <p class="disclaimer">{cardMessage('card.disclaimer')}</p>
    </div>
  );
}
