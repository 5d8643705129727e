import { cases } from './cases';

cases('fr', [
  ['La vitamine D3 aide à absorber le calcium.', ['vitamine D3']],
  ['cholécalciférol (vitamine D3)', ['cholécalciférol', 'vitamine D3']],
  ['« D3 1 000 U.I. » sur l’étiquette', ['D3']],
  ['Je prends D3 tous les matins.', ['D3']],
  ['Bouchon sur la D3 à la sortie de Dieppe.', []],
]);
