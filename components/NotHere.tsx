import { displayHost } from '../utils/host-names';
import { cardMessage, cardMessageWith } from './card-message';
import { Undoable } from './Undoable';

export interface NotHereProps {
  /** The mention as the reader saw it ("D3"), and the site. */
  phrase: string;
  host: string;
  onNotHere(): void;
  onUndo(): void;
}

/**
 * The card's remedy for a wrong highlight: "Not vitamin D3 here" stops marking the phrase on
 * this site, then says so in its place with an Undo. Whether it was pressed is the card's to
 * keep (`done`): this part unmounts when "Why?" is closed, and opening it again must still
 * show the confirmation and Undo.
 */
export function NotHere(props: NotHereProps & { done: boolean; onDone(): void }) {
  return (
    <Undoable
      id="d3k2-not-here"
      label={cardMessage('card.notHere')}
      confirmation={cardMessageWith('card.notHereDone', [props.phrase, displayHost(props.host)])}
      done={props.done}
      onDo={() => {
        props.onNotHere();
        props.onDone();
      }}
      onUndo={props.onUndo}
    />
  );
}
