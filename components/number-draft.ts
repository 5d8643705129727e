/**
 * What a number field's text says: a whole number within its limits, or nothing (blank, out
 * of range, a fraction, not a number). Pure: the field shows its own error and keeps the value
 * in force until the text is valid again.
 */
export function parseNumberDraft(
  text: string,
  { min, max }: { min: number; max: number },
): number | undefined {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}
