import { cases } from './cases';

cases('fil', [
  ['Mahalaga ang bitamina D3 sa matibay na buto.', ['bitamina D3']],
  ['Kolekalsiperol ang ibang tawag dito.', ['Kolekalsiperol']],
  ['Iniinom ko ang 1000 IU na D3 pagkagising.', ['D3']],
  ['Nag-D3 at K2 ako buong taglamig sa Canada.', ['D3']],
  ['Mas hiyang ako sa bitaminang D3 na patak.', ['bitaminang D3']],
  ['Uminom ng bitamina D 3 na beses kada linggo.', []],
  ['Sira na ang kalsadang D3 malapit sa tulay.', []],
  ['Sa Blk D3 Lot 9 po ang address namin.', []],
  ['Dopamine D3 receptor ang target ng gamot.', []],
  ['Kampeon sila sa D3 ng liga ngayong taon.', []],
]);
