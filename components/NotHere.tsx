import { useEffect, useRef } from 'preact/hooks';
import { cardMessage, cardMessageWith } from './card-message';
import { trusted } from './trusted';

export interface NotHereProps {
  /** The mention as the reader saw it ("D3"), and the site. */
  phrase: string;
  host: string;
  onNotHere(): void;
  onUndo(): void;
}

/**
 * The card's remedy for a wrong highlight: "Not vitamin D3 here" stops marking the phrase on
 * this site, then says so in its place with an Undo. Focus that was on the button goes to Undo
 * (the button is gone), which the confirmation describes, so a screen reader hears both.
 * Whether it was pressed is the card's to keep (`done`): this part unmounts when "Why?" is
 * closed, and opening it again must still show the confirmation and Undo.
 */
export function NotHere(props: NotHereProps & { done: boolean; onDone(): void }) {
  const { done } = props;
  const undo = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  useEffect(() => {
    if (done && focusUndo.current) undo.current?.focus();
  }, [done]);

  if (!done) {
    return (
      <button
        type="button"
        onClick={trusted((event: MouseEvent) => {
          const button = event.currentTarget as HTMLElement;
          focusUndo.current = (button.getRootNode() as ShadowRoot).activeElement === button;
          props.onNotHere();
          props.onDone();
        })}
      >
        {cardMessage('card.notHere')}
      </button>
    );
  }
  return (
    <>
      <span id="d3k2-not-here" class="not-here" role="status">
        {cardMessageWith('card.notHereDone', [props.phrase, props.host])}
      </span>
      <button
        type="button"
        ref={undo}
        aria-describedby="d3k2-not-here"
        onClick={trusted(props.onUndo)}
      >
        {cardMessage('card.undo')}
      </button>
    </>
  );
}
