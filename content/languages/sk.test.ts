import { cases } from './cases';

cases('sk', [
  ['Vitamín D3 pomáha udržiavať zdravé kosti.', ['Vitamín D3']],
  ['Pri nedostatku vitamínu D3 býva únava.', ['vitamínu D3']],
  ['Dieťaťu dávame kvapky s vitamínom D3.', ['vitamínom D3']],
  ['Liečivo: cholekalciferol.', ['cholekalciferol']],
  ['Beriem D3 s horčíkom každé ráno.', ['D3']],
  ['Kvapky D3 pre dojčatá', ['D3']],
  ['Užívať vitamín D 3-krát týždenne.', []],
  ['Diaľnica D3 pri Žiline je uzavretá.', []],
  ['Dopamínový receptor D3 je cieľom liekov.', []],
]);
