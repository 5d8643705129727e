/**
 * A dose and its two units. Apart from the parser (dose.ts), which carries every language's
 * unit words: the card's view and its previews on the options page need only this.
 */

export type DoseUnit = 'iu' | 'ug';

export interface Dose {
  amount: number;
  unit: DoseUnit;
}

/** International units in one microgram of cholecalciferol. */
export const IU_PER_MICROGRAM = 40;

/** The dose in both units, each formatted for `locale`: the written one as written. */
export function inBothUnits(dose: Dose, locale: string): { iu: string; ug: string } {
  const iu = dose.unit === 'iu' ? dose.amount : dose.amount * IU_PER_MICROGRAM;
  const ug = dose.unit === 'ug' ? dose.amount : dose.amount / IU_PER_MICROGRAM;
  return {
    iu: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(iu),
    ug: new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(ug),
  };
}
