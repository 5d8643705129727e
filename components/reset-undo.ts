import { type Settings, sameSettings } from '../utils/settings-schema';

/** What the options page's Reset section says, and what its Undo would put back. */
export interface ResetState {
  /** The status line: after a reset, after its undo, or none. */
  said: 'options.resetDone' | 'options.undoDone' | null;
  /**
   * The settings in force before the reset, kept in the page's memory, and the defaults the
   * reset wrote. Undo is offered while this is set.
   */
  undo?: { before: Settings; after: Settings };
}

export type ResetEvent =
  | { kind: 'reset'; before: Settings; after: Settings }
  | { kind: 'undone' }
  /** A change made on this page. */
  | { kind: 'changed' }
  /** The settings as storage holds them now (a write from this page or from anywhere). */
  | { kind: 'heard'; settings: Settings };

export const NO_RESET: ResetState = { said: null };

/**
 * Undo stands until the next change, made here or anywhere else (a card's "Not vitamin D3
 * here", the popup): putting back the old settings over it would undo that change too. It
 * has no timer: a button that vanishes by itself could take keyboard focus with it, and a
 * reader may need more time than any timer would give.
 */
export function nextResetState(state: ResetState, event: ResetEvent): ResetState {
  switch (event.kind) {
    case 'reset':
      return { said: 'options.resetDone', undo: { before: event.before, after: event.after } };
    case 'undone':
      return { said: 'options.undoDone' };
    case 'changed':
      return state.said === null && !state.undo ? state : NO_RESET;
    case 'heard':
      // The reset's own write is heard too: only settings other than its defaults end Undo.
      return state.undo && !sameSettings(event.settings, state.undo.after) ? NO_RESET : state;
    default:
      return event satisfies never;
  }
}
