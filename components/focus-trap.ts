const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab cycling inside `container` (a dialog that holds focus). */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  const active = (container.getRootNode() as ShadowRoot | Document).activeElement;
  const atEdge = event.shiftKey
    ? active === first || active === container
    : active === last || !container.contains(active);
  if (!atEdge) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}
