/** Which way the "next" and "previous" commands walk the mentions: forward or back. */
export type Direction = 1 | -1;

/**
 * Where a walk through the mentions starts. `on`: the mention at this index (the one open or
 * last opened). `gap`: the point just before the mention at this index (0 to count), such as
 * the place of the focused element or the top of the view.
 */
export type Anchor = { on: number } | { gap: number };

/** The index the command goes to, among `count` mentions in document order; both ends wrap. */
export function stepFrom(count: number, anchor: Anchor, direction: Direction): number | undefined {
  if (count === 0) return undefined;
  const from =
    'on' in anchor ? anchor.on + direction : direction === 1 ? anchor.gap : anchor.gap - 1;
  return ((from % count) + count) % count;
}
