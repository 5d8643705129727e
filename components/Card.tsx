import { i18n } from '#i18n';
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
      lang={i18n.t('lang')}
      role="dialog"
      aria-labelledby="d3k2-title"
      aria-describedby="d3k2-body"
      tabIndex={-1}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(event) => trapTab(event, event.currentTarget)}
    >
      <div class="head">
        <h2 id="d3k2-title">{i18n.t('card.title')}</h2>
        <button
          type="button"
          class="close"
          aria-label={i18n.t('card.close')}
          onClick={trusted(props.onClose)}
        >
          ×
        </button>
      </div>
      <div id="d3k2-body">
        <p>{i18n.t('card.body')}</p>
        {props.k2OnPage && <p class="note">{i18n.t('card.k2OnPage')}</p>}
      </div>
      <div class="links">
        <ExternalLink href={ARTICLE_URL} class="primary">
          {i18n.t('common.readArticle')}
        </ExternalLink>
        <ExternalLink href={RESEARCH_URL}>{i18n.t('card.research')}</ExternalLink>
      </div>
      <div class="actions">
        <button type="button" onClick={trusted(props.onDisableSite)}>
          {i18n.t('card.disableSite')}
        </button>
        <button type="button" onClick={trusted(props.onOpenSettings)}>
          {i18n.t('common.settings')}
        </button>
      </div>
      <p class="disclaimer">{i18n.t('card.disclaimer')}</p>
    </div>
  );
}
