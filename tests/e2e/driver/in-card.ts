// Functions that run in a page's own world and read the card (sent as source: each stands alone).

/** The centre of the card button or link whose text is `label`, or null. */
export function cardButtonCentre(label: string): { x: number; y: number } | null {
  const root = document.querySelector('d3k2-card')?.shadowRoot;
  const el = [...(root?.querySelectorAll<HTMLElement>('button, a') ?? [])].find(
    (b) => b.textContent?.trim() === label,
  );
  const r = el?.getBoundingClientRect();
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}
