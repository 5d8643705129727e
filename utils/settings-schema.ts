import type { HighlightStyle, Trigger, WhichMentions } from './choices';
import { HIGHLIGHT_STYLES, TRIGGERS, WHICH_MENTIONS } from './choices';
import { cleanPhrase, type IgnoredPhrase, MAX_PHRASE, phraseKey } from './ignored';
import { PAUSE_MS, type PausedSite } from './paused';
import { parseSite, type SiteRule } from './sites';

export * from './choices';

/** Every setting, its type and its default. Pure: no storage access here. */
export interface Settings {
  /** Highlight mentions on pages (off: paused everywhere). */
  enabled: boolean;
  /** How mentions look. */
  style: HighlightStyle;
  /** How long the pointer rests on a mention before its card opens, in ms. */
  hoverDelay: number;
  /** What opens the card with a mouse: resting on a mention, or clicking it. */
  trigger: Trigger;
  /** Every mention on a page, or only the first. */
  which: WhichMentions;
  /** The most mentions painted on one page. */
  maxHighlights: number;
  /** The number of mentions on the toolbar icon. */
  badge: boolean;
  /** Sites where the extension is off. */
  disabledSites: SiteRule[];
  /** Phrases not marked on a site ("Not vitamin D3 here" on the card), oldest first. */
  ignored: IgnoredPhrase[];
  /** Sites paused for an hour from the popup, each until its time passes. */
  pausedSites: PausedSite[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  style: 'underline',
  hoverDelay: 300,
  trigger: 'hover',
  which: 'all',
  maxHighlights: 200,
  badge: true,
  disabledSites: [],
  ignored: [],
  pausedSites: [],
});

export const LIMITS = {
  hoverDelay: { min: 0, max: 2000 },
  maxHighlights: { min: 1, max: 1000 },
  sites: 1000,
  ignored: 1000,
  pausedSites: 100,
} as const;

/** The version of the stored shape; migrations below lift older values to it. */
export const SETTINGS_VERSION = 2;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): T | undefined =>
    values.find((x) => x === v);
const boolean = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const integer =
  ({ min, max }: { min: number; max: number }) =>
  (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v)
      ? Math.min(max, Math.max(min, Math.round(v)))
      : undefined;

function siteRules(v: unknown): SiteRule[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const rules = new Map<string, SiteRule>();
  for (const item of v) {
    const rec = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    // Version 1 kept plain strings; a reader may meet them before the migration has run.
    const rule =
      typeof item === 'string'
        ? parseSite(item)
        : typeof rec.host === 'string'
          ? parseSite(rec.host, rec.subdomains === true)
          : undefined;
    if (rule && rules.size < LIMITS.sites) rules.set(rule.host, rule);
  }
  return [...rules.values()];
}

/**
 * Entries kept if both host and phrase are valid, the same phrase on the same host once (in
 * any case), and past the limit the newest kept, as adding one does (withIgnored).
 */
function ignoredPhrases(v: unknown): IgnoredPhrase[] | undefined {
  if (!Array.isArray(v)) return undefined;
  // By host and phrase key, a later entry replacing an earlier one: one pass, as a list of a
  // thousand is read on every page the engine runs on.
  const entries = new Map<string, IgnoredPhrase>();
  for (const item of v) {
    const rec = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const site = typeof rec.host === 'string' ? parseSite(rec.host) : undefined;
    const phrase = typeof rec.phrase === 'string' ? cleanPhrase(rec.phrase) : '';
    if (site && phrase.length > 0 && phrase.length <= MAX_PHRASE) {
      const key = `${site.host} ${phraseKey(phrase)}`;
      entries.delete(key);
      entries.set(key, { host: site.host, phrase });
    }
  }
  return [...entries.values()].slice(-LIMITS.ignored);
}

/**
 * How far ahead of the clock a pause may end and still be believed: an hour, and a minute
 * for a clock set back a little since. Beyond, it is garbage or a clock set back by hours,
 * and dropped: a pause that never ends would look like a broken extension.
 */
const PAUSE_AHEAD_MS = PAUSE_MS + 60_000;

/**
 * Pauses kept while they run at `now` and if their host is valid, one per host (the later
 * entry wins), and past the limit the newest kept, as adding one does (withPause).
 */
function pausedSites(v: unknown, now: number): PausedSite[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const pauses = new Map<string, PausedSite>();
  for (const item of v) {
    const rec = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const site = typeof rec.host === 'string' ? parseSite(rec.host) : undefined;
    const until =
      typeof rec.until === 'number' && Number.isFinite(rec.until) ? Math.round(rec.until) : 0;
    if (site && until > now && until <= now + PAUSE_AHEAD_MS) {
      pauses.delete(site.host);
      pauses.set(site.host, { host: site.host, until });
    }
  }
  return [...pauses.values()].slice(-LIMITS.pausedSites);
}

/**
 * Each field's repair: the valid value, or undefined to fall back to the default. `now` is
 * for the fields whose values expire.
 */
const REPAIR: {
  [K in keyof Settings]: (value: unknown, now: number) => Settings[K] | undefined;
} = {
  enabled: boolean,
  style: oneOf(HIGHLIGHT_STYLES),
  hoverDelay: integer(LIMITS.hoverDelay),
  trigger: oneOf(TRIGGERS),
  which: oneOf(WHICH_MENTIONS),
  maxHighlights: integer(LIMITS.maxHighlights),
  badge: boolean,
  disabledSites: siteRules,
  ignored: ignoredPhrases,
  pausedSites,
};

/**
 * Repairs whatever storage holds into valid settings: each missing or malformed field falls
 * back to its default, numbers are clamped to their range, pauses that ended by `now` are
 * dropped, unknown fields are dropped, and nothing throws.
 */
export function parseSettings(raw: unknown, now = Date.now()): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(REPAIR) as (keyof Settings)[]) {
    out[key] = REPAIR[key](source[key], now) ?? structuredClone(DEFAULT_SETTINGS[key]);
  }
  return out as unknown as Settings;
}

/** Do both hold the same settings (compared as stored, repaired, whatever their key order)? */
export function sameSettings(a: unknown, b: unknown): boolean {
  return JSON.stringify(parseSettings(a)) === JSON.stringify(parseSettings(b));
}

/**
 * Version 1 (the first release) kept sites as strings, "example.com" or "*.example.com".
 * Version 2 keeps { host, subdomains } records. A record is kept as it is (parse repairs it):
 * a value written without its version mark (storage cleared under a running background, as
 * the tests do) is migrated again, and must not lose its sites.
 */
export function migrateToV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null) return old;
  const { disabledSites, ...rest } = old as Record<string, unknown>;
  const sites = Array.isArray(disabledSites)
    ? disabledSites.flatMap((s) => (typeof s === 'string' ? (parseSite(s) ?? []) : [s]))
    : disabledSites;
  return { ...rest, disabledSites: sites };
}
