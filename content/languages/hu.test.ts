import { cases } from './cases';

cases('hu', [
  ['Télen D3-vitamint szedek.', ['D3-vitamint']],
  ['A D3-vitamin a bőrben képződik.', ['D3-vitamin']],
  ['D3 vitaminnal dúsított tej', ['D3 vitaminnal']],
  ['A D3-vitaminhiány gyakori.', ['D3-vitamin']],
  ['Hatóanyag: kolekalciferol.', ['kolekalciferol']],
  ['Vitamin D3 1000 NE, 60 tabletta', ['Vitamin D3']],
  ['D3 + K2 cseppek', ['D3']],
  ['A D3 szektorba szóló jegyek elfogytak.', []],
  ['A dopamin D3-receptor fontos célpont.', []],
]);
