import { cases } from './cases';

cases('it', [
  ['Il medico mi ha prescritto la vitamina D3 in gocce.', ['vitamina D3']],
  ['Le vitamine D3 e K2 lavorano insieme.', ['vitamine D3']],
  ['Principio attivo: colecalciferolo.', ['colecalciferolo']],
  ['Assumo D3 ogni mattina a colazione.', ['D3']],
  ['Integratore di magnesio e D3 in compresse', ['D3']],
  ['Meglio la D3 o la D2?', ['D3']],
  ['Prendere la vitamina D 3 volte alla settimana.', []],
  ['Il treno per Milano parte dal binario D3.', []],
  ['Il recettore D3 della dopamina è coinvolto nella dipendenza.', []],
]);
