import { cases } from './cases';

cases('cs', [
  ['Vitamín D3 podporuje zdravé kosti.', ['Vitamín D3']],
  ['Při nedostatku vitamínu D3 se cítíme unavení.', ['vitamínu D3']],
  ['Kapky s vitamínem D3 pro kojence.', ['vitamínem D3']],
  ['Složení: cholekalciferol 50 µg.', ['cholekalciferol']],
  ['Beru D3 a hořčík každé ráno.', ['D3']],
  ['D3 1000 m.j. v kapslích', ['D3']],
  ['Užívat vitamín D 3krát týdně.', []],
  ['Na dálnici D3 se tvoří kolona.', []],
  ['Do buňky D3 napište vzorec.', []],
]);
