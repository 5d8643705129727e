import { useEffect, useRef } from 'preact/hooks';
import { cardMessage } from './card-message';
import { trusted } from './trusted';

export interface UndoableProps {
  /** The confirmation's id, which Undo is described by: one per kind in the card. */
  id: string;
  /** The button, and what it says once done. */
  label: string;
  confirmation: string;
  /** Whether it was pressed: the card's to keep (see NotHere). */
  done: boolean;
  onDo(): void;
  onUndo(): void;
}

/**
 * A card action that says what it did in its place, with an Undo. Focus that was on the
 * button goes to Undo (the button is gone), which the confirmation describes, so a screen
 * reader hears both; the confirmation is a status, announced either way.
 */
export function Undoable(props: UndoableProps) {
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
          props.onDo();
        })}
      >
        {props.label}
      </button>
    );
  }
  return (
    <>
      <span id={props.id} class="done" role="status">
        {props.confirmation}
      </span>
      <button type="button" ref={undo} aria-describedby={props.id} onClick={trusted(props.onUndo)}>
        {cardMessage('card.undo')}
      </button>
    </>
  );
}
