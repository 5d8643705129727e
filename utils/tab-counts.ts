import type { Tally } from './counts';

/**
 * A tab's count, frame by frame: each frame's engine reports its own, and the badge and the
 * popup speak for the whole tab. Kept in `storage.session` (the background may be stopped
 * between two reports), by frame id. Pure.
 */
export type FrameTallies = Readonly<Record<string, Tally>>;

export const tabCountsKey = (tabId: number) => `tab-counts-${tabId}`;

/** Reads what storage holds for a tab; anything malformed counts as nothing. */
export function parseFrameTallies(raw: unknown): FrameTallies {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Record<string, Tally> = {};
  for (const [frame, value] of Object.entries(raw)) {
    const { found, highlighted } = (value ?? {}) as Record<string, unknown>;
    if (/^\d+$/.test(frame) && isCount(found) && isCount(highlighted) && found > 0) {
      out[frame] = { found, highlighted: Math.min(found, highlighted) };
    }
  }
  return out;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A frame's new tally; a frame with nothing is left out, so the record holds only frames with mentions. */
export function withFrame(frames: FrameTallies, frameId: number, tally: Tally): FrameTallies {
  const { [String(frameId)]: _old, ...rest } = frames;
  return tally.found > 0 ? { ...rest, [String(frameId)]: { ...tally } } : rest;
}

/** The frames to ask (the top frame first, always): their ids, in a stable order. */
export function framesToAsk(frames: FrameTallies): number[] {
  const ids = Object.keys(frames)
    .map(Number)
    .filter((id) => id !== 0)
    .sort((a, b) => a - b);
  return [0, ...ids];
}
