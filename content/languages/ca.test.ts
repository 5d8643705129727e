import { cases } from './cases';

cases('ca', [
  ['La vitamina D3 es forma a la pell.', ['vitamina D3']],
  ['Les vitamines D3 i K2 en una càpsula.', ['vitamines D3']],
  ['Principi actiu: colecalciferol.', ['colecalciferol']],
  ['Prenc D3 amb magnesi cada matí.', ['D3']],
  ['Gotes de D3 per a nadons', ['D3']],
  ['Preneu vitamina D 3 cops per setmana.', []],
  ['Agafeu la sortida cap a la carretera D3.', []],
  ['El receptor D3 de la dopamina.', []],
]);
