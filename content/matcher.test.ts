import { describe, expect, test } from 'vitest';
import { findMentions, mentionsK2 } from './matcher';

const found = (text: string) => findMentions(text).map((h) => text.slice(h.start, h.end));

describe('findMentions: what a reader would recognise', () => {
  test.each([
    // case and separators
    ['Take vitamin D3 daily.', ['vitamin D3']],
    ['VITAMIN D3 SALE', ['VITAMIN D3']],
    ['vitamin d3 in lower case', ['vitamin d3']],
    ['Vitamin D-3 is cholecalciferol.', ['Vitamin D-3', 'cholecalciferol']],
    ['vitaminD3 without a space', ['vitaminD3']],
    ['vitamin-D3 with a hyphen', ['vitamin-D3']],
    ['vitamin\u00a0D3 with a no-break space', ['vitamin\u00a0D3']],
    ['vitamin\nD3 across a line break', ['vitamin\nD3']],
    ['Vitamin\n        D3 indented in the source', ['Vitamin\n        D3']],
    ['vitamin D\u20113 with a non-breaking hyphen', ['vitamin D\u20113']],
    ['Vitamin D\u2083 in subscript', ['Vitamin D\u2083']],
    // abbreviations, plurals, coordination
    ['vit D3 is cheap', ['vit D3']],
    ['Vit. D3 drops', ['Vit. D3']],
    ['vitamins D3 and K2 work together', ['vitamins D3']],
    ['vitamins D2 and D3 differ', ['D3']],
    ['Vitamin-D3-Präparate sind beliebt', ['Vitamin-D3']],
    // chemical names
    ['Colecalciferol is the INN.', ['Colecalciferol']],
    ['cholécalciférol (vitamine D3)', ['cholécalciférol', 'vitamine D3']],
    // languages
    ['Vitamin D3 ist wichtig für die Knochen.', ['Vitamin D3']],
    ['La vitamine D3 aide à absorber le calcium.', ['vitamine D3']],
    ['La vitamina D3 ayuda a absorber el calcio.', ['vitamina D3']],
    ['La vitamina D3 aiuta le ossa; colecalciferolo.', ['vitamina D3', 'colecalciferolo']],
    ['A vitamina D3 ajuda os ossos.', ['vitamina D3']],
    ['Vitamine D3 helpt bij de opname van calcium.', ['Vitamine D3']],
    ['Witamina D3 i witaminy D3 oraz witaminą D3.', ['Witamina D3', 'witaminy D3', 'witaminą D3']],
    ['Cholekalcyferol to witamina D3.', ['Cholekalcyferol', 'witamina D3']],
    ['Vitamín D3 pomáhá kostem.', ['Vitamín D3']],
    ['Витамин D3 и витамина Д3.', ['Витамин D3', 'витамина Д3']],
    ['ビタミンD3とビタミンK2', ['ビタミンD3']],
    ['维生素D3有助于钙吸收', ['维生素D3']],
    // bare D3 with context
    ['D3 + K2 is the classic pair', ['D3']],
    ['K2/D3 drops for kids', ['D3']],
    ['Our D3-K2 drops', ['D3']],
    ['D3 & MK-7', ['D3']],
    ['D3 2000 IU per day', ['D3']],
    ['D3 (1,000 IU) with food', ['D3']],
    ['5000 IU of D3', ['D3']],
    ['25 mcg D3', ['D3']],
    ['1 000 IU D3', ['D3']],
    ['Auf dem Etikett steht „D3 1.000 I.E.“', ['D3']],
    ['« D3 1 000 U.I. » sur l’étiquette', ['D3']],
    ['D3: 2.5 µg', ['D3']],
    ['D3 softgels', ['D3']],
    ['D3 drops for infants', ['D3']],
    ['a bottle of drops of D3', ['D3']],
    ['Gotas de D3 para bebés', ['D3']],
    ['Tropfen mit D3', ['D3']],
    ['D3-Tropfen für Kinder', ['D3']],
    ['I have been taking D3 every morning', ['D3']],
    ['Supplementing with D3 may help', ['D3']],
    ['provitamin D3 is a precursor', []],
    ['Ich nehme D3 im Winter', ['D3']],
    ['Vitamin D comes in two forms, and D3 is the one skin makes.', ['D3']],
    ['La vitamina D se presenta como D2 o D3.', ['D3']],
  ])('%j → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: what is not a mention', () => {
  test.each([
    ['Built with D3.js and React'],
    ['import * as d3 from "d3";'],
    ['npm install d3-scale d3-array'],
    ['d3.select("body").append("svg")'],
    ['The Nikon D3 has a full-frame sensor.'],
    ['The Olympus E-M1 and the Nikon D3 and D3s'],
    ['Enter the total in cell D3 and press enter.'],
    ['=SUM(D3:D9)'],
    ['Grid square D3 on the map'],
    ['color: #D3D3D3;'],
    ['Take vitamin D every day.'],
    ['Take vitamin D 3 times a week.'],
    ['vitamin D 3000 IU'],
    ['Vitamin D2 (ergocalciferol) comes from plants.'],
    ['Vitamin K2 alone'],
    ['ID3 tags, MD3 files, D3D11 rendering, AD3 and 3D3'],
    ['Diablo D3 season starts today.'],
    ['The D3 line of the metro is closed.'],
    ['drops of water fell on D3'],
    ['DFT-D3 dispersion correction'],
    ['the dopamine D3 receptor'],
    ['3. d3 Nc6 4. Be2'],
    ['Vitamin D helps bones. The D3 line of the metro is closed.'],
    ['provitamins are not vitamins'],
    ['Inevitable activity of a vital organ'],
    [''],
  ])('%j has no mention', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findMentions: limits', () => {
  test('stops at the limit', () => {
    expect(findMentions('vitamin D3 '.repeat(50), 7)).toHaveLength(7);
  });

  const MB = 1 << 20;
  // Linear work on 1 MB takes 5-35 ms here, and up to 3× that while the other test files run
  // beside it; anything quadratic would take seconds. The bound tells the two apart.
  test.each([
    ['vitamin vitamin …', 'vitamin '],
    ['D3 D3 …', 'D3 '],
    ['long runs of spaces', ' '],
    ['vitamin followed by spaces', 'vitamin                    '],
    ['hyphens and D', 'vit--- D-'],
    ['dose digits', '1,000 '],
    ['doses without a unit', '1,000,000 2.5 '],
    ['D3 + K2 …', 'D3 + K2 '],
  ])('1 MB of %s finishes in under 100 ms', (_name, unit) => {
    const text = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    findMentions(text.slice(0, 10_000)); // warm the regex up
    // Best of three: the bound is on the algorithm, not on a GC pause or a busy neighbour.
    const times = [0, 1, 2].map(() => {
      const t0 = performance.now();
      findMentions(text, 200);
      return performance.now() - t0;
    });
    expect(Math.min(...times)).toBeLessThan(100);
  });
});

describe('mentionsK2', () => {
  test.each([
    ['vitamin K2 (MK-7)', true],
    ['menaquinone-7', true],
    ['D3 + K2', true],
    ['Vitamin K1 from greens', false],
    ['The K2 summit is in Pakistan', true],
    ['SK2 and K20', false],
  ])('%j → %s', (text, expected) => {
    expect(mentionsK2(text)).toBe(expected);
  });
});
