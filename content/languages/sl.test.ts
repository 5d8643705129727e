import { cases } from './cases';

cases('sl', [
  ['Vitamin D3 se tvori v koži.', ['Vitamin D3']],
  ['Pomanjkanje vitamina D3 je pozimi pogosto.', ['vitamina D3']],
  ['Z vitaminom D3 ne pretiravajte.', ['vitaminom D3']],
  ['Ena tableta vsebuje 25 µg holekalciferola.', ['holekalciferola']],
  ['Jemljem D3 in cink vsak dan.', ['D3']],
  ['Kapljice D3 za dojenčke', ['D3']],
  ['Jemati vitamin D 3-krat tedensko.', []],
  ['Vkrcanje poteka pri izhodu D3.', []],
  ['V celico D3 vpišite znesek.', []],
]);
