import type { Tally } from './counts';
import { MAX_PHRASE } from './ignored';

/**
 * Every message the extension sends: one typed union per direction, each validated where it
 * is received. None can make the extension fetch anything or open an address it was given.
 */

/** The content script's answer to `get-status`. */
export interface PageStatus {
  /** running: scanning and painting; off: paused everywhere or on this site. */
  state: 'running' | 'off';
  hostname: string;
  /** Every mention this frame found (up to COUNT_LIMIT); `mentions` lists the highlighted ones. */
  found: number;
  mentions: { text: string; before: string; after: string }[];
}

export const MAX_COUNT = 100_000;

type Check<T> = (value: unknown) => value is T;
type Shape = Record<string, Check<unknown>>;
/** The message each kind of a schema stands for: its `type` and its checked fields. */
type MessageOf<S extends Record<string, Shape>> = {
  [K in keyof S & string]: { type: K } & {
    [F in keyof S[K]]: S[K][F] extends Check<infer T> ? T : never;
  };
}[keyof S & string];

const isIndex = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= 1000;
const isPhrase = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_PHRASE;

/**
 * The keyboard commands (manifest `commands`, see utils/commands.ts): the background relays
 * each as the message of the same name. Both walk the mentions in document order and wrap.
 */
const MENTION_STEPS = {
  'next-mention': {},
  'previous-mention': {},
} satisfies Record<string, Shape>;
export type MentionStep = keyof typeof MENTION_STEPS;
export const isMentionStep = (command: string): command is MentionStep =>
  Object.hasOwn(MENTION_STEPS, command);

/**
 * Popup or background → content script. Each kind of message is declared once, with the
 * checks of its fields; its type and its validator derive from that. `get-count`: the
 * background asks a frame for its count (a Tally) again; only a running engine answers.
 */
const TO_CONTENT = {
  'get-status': {},
  ...MENTION_STEPS,
  'show-mention': { index: isIndex },
  'get-count': {},
} satisfies Record<string, Shape>;
export type ToContent = MessageOf<typeof TO_CONTENT>;

/**
 * Content script → background. `wake`: the first look saw text that could be a mention, so
 * the background injects the engine into that frame. `disable-site` (the card's "Don't
 * highlight on this site") and `enable-site` (its Undo) name no site: the background takes the
 * host from the sender's own address, so a page cannot switch the extension off, or on,
 * elsewhere. `ignore-phrase` and `unignore-phrase` (the card's "Not vitamin D3 here" and its
 * Undo) likewise name only the phrase.
 */
const TO_BACKGROUND = {
  wake: {},
  'open-options': {},
  'disable-site': {},
  'enable-site': {},
  'ignore-phrase': { phrase: isPhrase },
  'unignore-phrase': { phrase: isPhrase },
  count: { found: isIndex, highlighted: isIndex },
} satisfies Record<string, Shape>;
export type ToBackground = MessageOf<typeof TO_BACKGROUND>;

/** A validator for a schema: exactly the keys of one kind (plus `type`), each passing its check. */
function validator<S extends Record<string, Shape>>(schema: S) {
  return (value: unknown): value is MessageOf<S> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    const type = record.type;
    if (typeof type !== 'string' || !Object.hasOwn(schema, type)) return false;
    const shape = schema[type] as Shape;
    return (
      Object.keys(record).length === Object.keys(shape).length + 1 &&
      Object.entries(shape).every(([key, check]) => key in record && check(record[key]))
    );
  };
}

export const isToContent = validator(TO_CONTENT);
export const isToBackground = validator(TO_BACKGROUND);

export function isTally(value: unknown): value is Tally {
  if (typeof value !== 'object' || value === null) return false;
  const { found, highlighted } = value as Record<string, unknown>;
  return isIndex(found) && isIndex(highlighted);
}

export function isPageStatus(value: unknown): value is PageStatus {
  if (typeof value !== 'object' || value === null) return false;
  const { state, hostname, found, mentions } = value as Record<string, unknown>;
  return (
    (state === 'running' || state === 'off') &&
    isText(hostname) &&
    isIndex(found) &&
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
