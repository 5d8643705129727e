import { normalizeSite } from './sites';

/** Every setting, its type and its default. Pure: no storage access here. */
export interface Settings {
  /** Highlight mentions on pages (off: paused everywhere). */
  enabled: boolean;
  /** Site rules where the extension is off: "host" or "*.domain". */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
});

const MAX_SITES = 1000;

/** Each field's repair: the valid value, or undefined to fall back to the default. */
type Repairs = { [K in keyof Settings]: (value: unknown) => Settings[K] | undefined };
const REPAIR: Repairs = {
  enabled: (v) => (typeof v === 'boolean' ? v : undefined),
  disabledSites: (v) => {
    if (!Array.isArray(v)) return undefined;
    const rules = v.flatMap((x) => (typeof x === 'string' ? (normalizeSite(x) ?? []) : []));
    return [...new Set(rules)].slice(0, MAX_SITES);
  },
};

/**
 * Repairs whatever storage holds into valid settings: each missing or malformed field falls
 * back to its default, unknown fields are dropped, and nothing throws.
 */
export function parseSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(REPAIR) as (keyof Settings)[]) {
    out[key] = REPAIR[key](source[key]) ?? structuredClone(DEFAULT_SETTINGS[key]);
  }
  return out as unknown as Settings;
}
