/**
 * Every message the extension sends: one typed union per direction, each validated where it
 * is received. None can make the extension fetch anything or open an address it was given.
 */

/** Popup or background → content script. */
export type ToContent =
  | { type: 'next-mention' }
  | { type: 'get-status' }
  | { type: 'show-mention'; index: number };

/**
 * Content script → background. `wake`: the first look saw text that could be a mention, so
 * the background injects the engine into that frame. `disable-site` names no site: the background takes the host
 * from the sender's own address, so a page cannot switch the extension off elsewhere.
 */
export type ToBackground =
  | { type: 'wake' }
  | { type: 'open-options' }
  | { type: 'disable-site' }
  | { type: 'count'; count: number };

/** The content script's answer to `get-status`. */
export interface PageStatus {
  /** running: scanning and painting; off: paused everywhere or on this site. */
  state: 'running' | 'off';
  hostname: string;
  mentions: { text: string; before: string; after: string }[];
}

export const MAX_COUNT = 100_000;

type Shape = Record<string, (value: unknown) => boolean>;
const isIndex = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
const isText = (v: unknown) => typeof v === 'string' && v.length <= 1000;

/** Exactly the keys of `shape` (plus `type`), each passing its check. */
function matches(value: unknown, type: string, shape: Shape = {}): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  return (
    record.type === type &&
    keys.length === Object.keys(shape).length + 1 &&
    Object.entries(shape).every(([key, check]) => key in record && check(record[key]))
  );
}

export function isToContent(value: unknown): value is ToContent {
  return (
    matches(value, 'next-mention') ||
    matches(value, 'get-status') ||
    matches(value, 'show-mention', { index: isIndex })
  );
}

export function isToBackground(value: unknown): value is ToBackground {
  return (
    matches(value, 'wake') ||
    matches(value, 'open-options') ||
    matches(value, 'disable-site') ||
    matches(value, 'count', { count: isIndex })
  );
}

export function isPageStatus(value: unknown): value is PageStatus {
  if (typeof value !== 'object' || value === null) return false;
  const { state, hostname, mentions } = value as Record<string, unknown>;
  return (
    (state === 'running' || state === 'off') &&
    isText(hostname) &&
    Array.isArray(mentions) &&
    mentions.length <= MAX_COUNT &&
    mentions.every(
      (m) =>
        typeof m === 'object' &&
        m !== null &&
        ['text', 'before', 'after'].every((k) => isText((m as Record<string, unknown>)[k])),
    )
  );
}

/** The keyboard command (manifest `commands`) that walks to the next mention. */
export const NEXT_MENTION_COMMAND = 'next-mention';
