// What a translation can break: text wider than its box, or a box pushed past the one
// that holds it (the popup's width, the options page's column, the card). Run in the page.

/**
 * Every element (in the document and in our card's shadow root) whose content is wider than
 * its box, or that reaches past `container` (a selector, looked up in the same
 * root): a short description of each, for the failure message.
 */
export function overflowing(container: string): string[] {
  const out: string[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  const shadow = document.querySelector('d3k2-card')?.shadowRoot;
  if (shadow) roots.push(shadow);
  const describe = (el: Element) =>
    `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  for (const root of roots) {
    const box = root.querySelector(container)?.getBoundingClientRect();
    if (!box || box.width === 0) continue;
    for (const el of root.querySelectorAll(`${container}, ${container} *`)) {
      if (!(el instanceof HTMLElement) || ['input', 'textarea', 'select'].includes(el.localName))
        continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || rect.width === 0 || rect.height === 0) continue;
      // A visually hidden element (a 1 px clip) is meant to be cut off.
      if (el.clientWidth <= 1 || (style.position === 'absolute' && rect.width <= 1)) continue;
      // Content cut off by its own box (a close button's negative margin, which reaches into
      // the padding of a box that lets it show, is not).
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
        out.push(`${describe(el)} cuts off its content (${el.scrollWidth} > ${el.clientWidth})`);
      }
      if (rect.left < box.left - 1 || rect.right > box.right + 1) {
        out.push(
          `${describe(el)} reaches past ${container} (${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)})`,
        );
      }
      // Text spilling past the container (an unbreakable word), though its element does not.
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        if (text.width > 0 && (text.left < box.left - 1 || text.right > box.right + 1)) {
          out.push(`the text of ${describe(el)} reaches past ${container}`);
        }
      }
    }
  }
  return out;
}
