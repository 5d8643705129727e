import { describe, expect, test } from 'vitest';
import { amountOf, doseBeside } from './dose';
import { type Dose, inBothUnits } from './dose-units';
import { LANGUAGES } from './languages';

const iu = (amount: number): Dose => ({ amount, unit: 'iu' });
const ug = (amount: number): Dose => ({ amount, unit: 'ug' });

describe('the dose beside a mention', () => {
  // [text before the mention, text after it, the dose]: the mention itself stands between.
  test.each<[string, string, Dose | undefined]>([
    // after the mention
    ['Our pick: vitamin ', ' 5,000 IU softgels, 120 count.', iu(5000)],
    ['', ' (50 mcg) once a day', ug(50)],
    ['Etikett: ', ': 20 µg pro Tablette', ug(20)],
    ['Vitamin ', ' 1000IU', iu(1000)],
    ['', ' – 25\u202fµg', ug(25)],
    // before it
    ['Most take 2000 IU of ', ' in winter.', iu(2000)],
    ['Each drop holds 125 µg ', '.', ug(125)],
    ['Enthält 5.000 I.E. ', ' pro Kapsel.', iu(5000)],
    ['Prenez 1000 UI de ', ' par jour.', iu(1000)],
    ['Une gélule apporte 25 microgrammes de ', '.', ug(25)],
    ['Tomo 4000 UI de ', ' al día.', iu(4000)],
    ['Принимаю 2000 МЕ ', ' каждый день.', iu(2000)],
    ['Доза 1 000 МЕ ', '', iu(1000)],
    ['Zawiera 2000 j.m. ', '', iu(2000)],
    ['1日1000国際単位の', 'を', iu(1000)],
    ['每日补充400国际单位的', '。', iu(400)],
    ['كل قرص فيه ٢٠٠٠ وحدة دولية من ', '.', iu(2000)],
    ['روزانه ۱۰۰۰ واحد ', '', iu(1000)],
    ['रोज़ १००० आईयू ', '', iu(1000)],
    ['ทาน ๑๐๐๐ ไอยู ', '', iu(1000)],
    ['Tabletka 12,5 µg ', '', ug(12.5)],
    ['Ein Tropfen: 0,5 µg ', '', ug(0.5)],
    ['Kapsel mit 10.000 IE ', '', iu(10000)],
    // not a dose of this mention
    ['Only $4.99 for ', ' drops', undefined],
    ['In 2023, ', ' 2024 edition', undefined],
    ['Take 2 capsules of ', ' daily', undefined],
    ['The label says 3 IU. ', ' is sold too.', undefined],
    ['', '. 3 IU of vitamin E is in it too.', undefined],
    ['', ', 400 IU of vitamin E', undefined],
    ['Between 1000–2000 IU of ', '', undefined],
    ['Take 1000 to 2000 IU of ', '', undefined],
    ['', ' 1000–2000 IU', undefined],
    ['', ' 1000 IU to 2000 IU', undefined],
    ['Take 2 × 1000 IU ', '', undefined],
    ['Vitamin K2 100 µg ', '', undefined],
    ['K2 100 µg, ', ' 25 µg', ug(25)],
    ['Vitamin K2 (MK-7): 100 mcg ', ' 25 mcg', undefined],
    ['Blood level 30 ng/mL of ', '', undefined],
    ['', ' 42', undefined],
    ['', ' 0 IU', undefined],
    ['', ' 2 1000 IU', undefined],
  ])('%j + D3 + %j → %j', (before, after, dose) => {
    expect(doseBeside(before, after)).toEqual(dose);
  });
});

describe('a written number', () => {
  test.each<[string, number | undefined]>([
    ['5000', 5000],
    ['5,000', 5000],
    ['5.000', 5000],
    ['5 000', 5000],
    ['5\u202f000', 5000],
    ["5'000", 5000],
    ['10.000', 10000],
    ['1,000,000', 1000000],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['0.025', 0.025],
    ['1.000,5', 1000.5],
    ['٥٬٠٠٠', 5000],
    ['۱۲٫۵', 12.5],
    ['१०००', 1000],
    ['১০০০', 1000],
    ['๑๐๐๐', 1000],
    ['１０００', 1000],
    ['2 1000', undefined],
    ['1,00,0', undefined],
    ['1,000.000,5', undefined],
    ['1.000.000', 1000000],
    ['1,000.5', 1000.5],
    ['12 5', undefined],
    ['0', undefined],
  ])('%j → %j', (written, value) => {
    expect(amountOf(written)).toBe(value);
  });
});

describe('both units, formatted for the card', () => {
  test.each<[Dose, string, { iu: string; ug: string }]>([
    [iu(5000), 'en', { iu: '5,000', ug: '125' }],
    [iu(5000), 'de', { iu: '5.000', ug: '125' }],
    [iu(400), 'es', { iu: '400', ug: '10' }],
    [iu(100), 'fr', { iu: '100', ug: '2,5' }],
    [iu(1), 'en', { iu: '1', ug: '0.025' }],
    [ug(12.5), 'de', { iu: '500', ug: '12,5' }],
    [ug(1250), 'fr', { iu: '50\u202f000', ug: '1\u202f250' }],
  ])('%j in %s → %j', (dose, locale, both) => {
    expect(inBothUnits(dose, locale)).toEqual(both);
  });
});

describe('the unit words', () => {
  test('every micrograms and blood-level word is one of its language’s units', () => {
    for (const language of LANGUAGES) {
      const units = language.cues?.units ?? [];
      for (const word of [...(language.dose?.micrograms ?? []), ...(language.dose?.levels ?? [])]) {
        expect(units, `${language.tag}: ${word}`).toContain(word);
      }
    }
  });

  test('no word is micrograms in one language and international units in another', () => {
    const kinds = new Map<string, string>();
    for (const language of LANGUAGES) {
      const micro = new Set(language.dose?.micrograms);
      const levels = new Set(language.dose?.levels);
      for (const word of language.cues?.units ?? []) {
        if (levels.has(word)) continue;
        const key = word.toLowerCase();
        const kind = micro.has(word) ? 'ug' : 'iu';
        expect(kinds.get(key) ?? kind, `${language.tag}: ${word}`).toBe(kind);
        kinds.set(key, kind);
      }
    }
  });

  test('every language’s microgram word reads as micrograms after a number', () => {
    for (const language of LANGUAGES) {
      for (const word of language.dose?.micrograms ?? []) {
        const written = word.replace('*', '');
        expect(doseBeside(`25 ${written} `, ''), `${language.tag}: ${word}`).toEqual(ug(25));
      }
    }
  });
});
