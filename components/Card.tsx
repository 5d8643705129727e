import { useState } from 'preact/hooks';
import type { MentionFacts as Facts } from '../content/mention-facts';
import { ARTICLE_LANG, ARTICLE_URL, articleLabel, RESEARCH_URL } from '../utils/links';
import { cardDirection, cardMessage } from './card-message';
import { ExternalLink } from './ExternalLink';
import { trapTab } from './focus-trap';
import { MentionFacts } from './MentionFacts';
import { NotHere, type NotHereProps } from './NotHere';
import { SiteOff, type SiteOffProps } from './SiteOff';
import { trusted } from './trusted';

export interface CardProps {
  k2OnPage: boolean;
  /** What the card says about the mention at hand (none in previews). */
  facts?: Facts;
  onClose(): void;
  onOpenSettings(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** "Don't highlight on this site" (none where the page has no site, a file). */
  siteOff?: SiteOffProps;
  /** "Not vitamin D3 here": the remedy for a wrong highlight. */
  notHere?: NotHereProps;
}

/**
 * The explanation shown beside a mention: a title, a one-line answer and whatever the mention
 * itself calls for; the full explanation, the links and the actions wait behind "Why?", so
 * that the card stays small on small screens. Each card starts compact (it is given a new
 * key every time it opens, so nothing is remembered).
 */
export function Card(props: CardProps) {
  const [expanded, setExpanded] = useState(false);
  const [notHereDone, setNotHereDone] = useState(false);
  const [siteOffDone, setSiteOffDone] = useState(false);
  return (
    <div
      class="card"
      lang={cardMessage('lang')}
      // Our own language's direction, never the page's (`all: initial` leaves it inherited).
      dir={cardDirection()}
      role="dialog"
      aria-labelledby="d3k2-title"
      aria-describedby="d3k2-summary"
      tabIndex={-1}
      onPointerEnter={props.onPointerEnter}
      // A finger lifted from a button inside also "leaves" the card: only a mouse can.
      onPointerLeave={(event) => event.pointerType === 'mouse' && props.onPointerLeave()}
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
      <p id="d3k2-summary" class="summary">
        {cardMessage('card.summary')}
      </p>
      {/* What holds for this mention and this page, in the compact part: it is what the
          reader hovered for. */}
      {(props.facts || props.k2OnPage) && (
        <div class="lead">
          {props.facts && <MentionFacts facts={props.facts} />}
          {props.k2OnPage && <p class="note">{cardMessage('card.k2OnPage')}</p>}
        </div>
      )}
      <button
        type="button"
        class="more"
        aria-expanded={expanded}
        aria-controls="d3k2-more"
        onClick={trusted(() => setExpanded(!expanded))}
      >
        {cardMessage('card.more')}
      </button>
      {/* Always present, so that aria-controls names an element; filled only when open, so
          that Tab never reaches a hidden control. */}
      <div id="d3k2-more" class="more-part" hidden={!expanded}>
        {expanded && (
          <>
            <p>{cardMessage('card.body')}</p>
            <div class="links">
              <ExternalLink href={ARTICLE_URL} class="primary" hreflang={ARTICLE_LANG}>
                {articleLabel(cardMessage('lang'), cardMessage('common.readArticle'), () =>
                  cardMessage('common.inEnglish'),
                )}
              </ExternalLink>
              <ExternalLink href={RESEARCH_URL}>{cardMessage('card.research')}</ExternalLink>
            </div>
            <div class="actions">
              {props.siteOff && (
                <SiteOff
                  {...props.siteOff}
                  done={siteOffDone}
                  onDone={() => setSiteOffDone(true)}
                />
              )}
              {/* Off on the whole site, a phrase not marked there is beside the point. */}
              {props.notHere && !siteOffDone && (
                <NotHere
                  {...props.notHere}
                  done={notHereDone}
                  onDone={() => setNotHereDone(true)}
                />
              )}
              <button type="button" onClick={trusted(props.onOpenSettings)}>
                {cardMessage('common.settings')}
              </button>
            </div>
            <p class="disclaimer">{cardMessage('card.disclaimer')}</p>
          </>
        )}
      </div>
    </div>
  );
}
