/**
 * Wraps an action handler so that only the user can trigger it: a page script that calls
 * `.click()` on our buttons (our shadow root is open) produces an untrusted event and nothing.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) {
      event.preventDefault();
      return;
    }
    handler(event);
  };
}

/** For links: the default action (navigation) is the action, so untrusted clicks are cancelled. */
export const trustedLink = trusted(() => {});
