import { displayHost } from '../utils/host-names';
import { cardMessage, cardMessageWith } from './card-message';
import { Undoable } from './Undoable';

export interface SiteOffProps {
  /** The site, as the page's address names it; shown in its own script. */
  host: string;
  onSiteOff(): void;
  onUndo(): void;
}

/**
 * "Don't highlight on this site": switches the site off, then says so in its place, naming
 * the site, with an Undo that switches it on again. The card stays open meanwhile, though the
 * highlights go (see Companion.stop). Kept by the card as NotHere is.
 */
export function SiteOff(props: SiteOffProps & { done: boolean; onDone(): void }) {
  return (
    <Undoable
      id="d3k2-site-off"
      label={cardMessage('card.disableSite')}
      confirmation={cardMessageWith('common.siteOffDone', [displayHost(props.host)])}
      done={props.done}
      onDo={() => {
        props.onSiteOff();
        props.onDone();
      }}
      onUndo={props.onUndo}
    />
  );
}
