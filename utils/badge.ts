/** The toolbar badge for a tab: the count, or nothing (0, or badges turned off). Pure. */
export function badgeText(count: number, enabled: boolean): string {
  if (!enabled || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
