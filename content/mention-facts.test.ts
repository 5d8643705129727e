import { describe, expect, test } from 'vitest';
import { LANGUAGES } from './languages';
import { factsFrom } from './mention-facts';

describe('what the card says of a mention', () => {
  // [the mention, the text before it, the text after it, chemical name?, the dose]
  test.each<[string, string, string, boolean, string | undefined]>([
    ['cholecalciferol', 'Contains ', ' (vitamin D3).', true, undefined],
    ['Cholecalciferol', '', ' 25 µg', true, '25 ug'],
    ['colecalciferolo', '', '', true, undefined],
    ['cholécalciférol', '', '', true, undefined],
    ['холекальциферол', '', '', true, undefined],
    ['コレカルシフェロール', '', '', true, undefined],
    ['胆钙化醇', '', '', true, undefined],
    ['chole\u00adcalciferol', '', '', true, undefined],
    ['vitamin D3', '', ' 5,000 IU', false, '5000 iu'],
    ['D3', '2000 IU of ', '', false, '2000 iu'],
    ['витамина D3', '2000 МЕ ', '', false, '2000 iu'],
    ['Vitamin D3', '', ' ist gut.', false, undefined],
  ])('%j', (text, before, after, chemical, dose) => {
    const facts = factsFrom(text, before, after);
    expect(facts.chemical).toBe(chemical);
    expect(facts.dose && `${facts.dose.amount} ${facts.dose.unit}`).toBe(dose);
  });
});

describe('every language’s chemical name is said to be vitamin D3', () => {
  const names = LANGUAGES.flatMap((l) => l.chemical.map((name) => [l.tag, name.replace('*', '')]));
  test.each(names)('%s: %s', (_tag, name) => {
    expect(factsFrom(name, '', '').chemical).toBe(true);
  });
});
