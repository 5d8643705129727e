/**
 * The only messages the extension sends: one typed union per direction, each validated where it
 * is received. None can make the extension fetch anything or open an address it was given.
 */

/** Background → content script. */
export type ToContent = { type: 'next-mention' };

/** Content script → background. */
export type ToBackground = { type: 'open-options' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function isToContent(value: unknown): value is ToContent {
  return isRecord(value) && value.type === 'next-mention' && Object.keys(value).length === 1;
}

export function isToBackground(value: unknown): value is ToBackground {
  return isRecord(value) && value.type === 'open-options' && Object.keys(value).length === 1;
}

/** The keyboard command (manifest `commands`) that walks to the next mention. */
export const NEXT_MENTION_COMMAND = 'next-mention';
