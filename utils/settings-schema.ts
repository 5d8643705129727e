/** Every setting, its type and its default. Pure: no storage access here. */
export interface Settings {
  /** Highlight mentions on pages (off: paused everywhere). */
  enabled: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
});

type Validators = { [K in keyof Settings]: (value: unknown) => value is Settings[K] };
const VALID: Validators = {
  enabled: (v): v is boolean => typeof v === 'boolean',
};

/**
 * Repairs whatever storage holds into valid settings: each missing or malformed field falls
 * back to its default, unknown fields are dropped, and nothing throws.
 */
export function parseSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  for (const key of Object.keys(VALID) as (keyof Settings)[]) {
    if (VALID[key](source[key])) out[key] = source[key];
  }
  return out as Settings;
}
