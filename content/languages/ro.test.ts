import { cases } from './cases';

cases('ro', [
  ['Vitamina D3 ajută la absorbția calciului.', ['Vitamina D3']],
  ['Deficitul de vitamină D3 este frecvent iarna.', ['vitamină D3']],
  ['Rolul vitaminei D3 în imunitate.', ['vitaminei D3']],
  ['Substanța activă: colecalciferolul.', ['colecalciferolul']],
  ['Iau D3 cu magneziu în fiecare dimineață.', ['D3']],
  ['Picături D3 pentru sugari', ['D3']],
  ['Luați vitamina D 3 ori pe săptămână.', []],
  ['Îmbarcarea se face la poarta D3.', []],
  ['Receptorul dopaminergic D3 este studiat intens.', []],
]);
