import { defineLanguage } from './types';

/** Signs written the same way in every language: codes, units, Latin names of supplements. */
export default defineLanguage({
  tag: 'und',
  name: 'Any language',
  vitamin: [],
  // Fullwidth forms, as Japanese and Chinese text often writes Latin letters and digits.
  d: ['Ｄ', 'ｄ'],
  three: ['³', '３'],
  // 25-hydroxyvitamin D3 (calcifediol) and its kin, written in Latin letters.
  notBefore: ['hydroxy', 'hidroxi', 'idrossi', 'hydroksy', 'hidroksi', 'hydroksi', 'hydroxi'],
  chemical: ['cholecalciferol*', 'colecalciferol*'],
  counts: ['x', '×'],
  dose: { micrograms: ['µg', 'μg', 'mcg', 'ug'], levels: ['ng/mL', 'nmol/L'] },
  cues: {
    k2: ['MK-7', 'MK7', 'MK-4', 'MK4', 'MK 7', 'menaquinon*', 'K2-MK7', 'K2MK7'],
    units: [
      'IU',
      'I.U.',
      'IUs',
      'µg',
      'μg',
      'mcg',
      'ug',
      'IE',
      'I.E.',
      'UI',
      'U.I.',
      'ng/mL',
      'nmol/L',
    ],
    supplements: [
      'omega-3',
      'omega 3',
      'B12',
      'B6',
      'B-12',
      'CoQ10',
      'Q10',
      'zinc',
      'magnesium',
      'calcium',
      'multivitamin*',
    ],
    joiners: ['+', '&', '/', '-', '–', '—'],
    negatives: ['d3.js', 'Nikon', 'DRD3', 'NCAA', 'Diablo', 'Excel', 'ISO'],
  },
});
