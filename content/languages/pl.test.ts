import { cases } from './cases';

cases('pl', [
  ['Lekarz zalecił witaminę D3 przez całą zimę.', ['witaminę D3']],
  ['Niedobór witaminy D3 osłabia kości.', ['witaminy D3']],
  ['Suplementacja witaminą D3 i K2.', ['witaminą D3']],
  ['Skład: cholekalcyferol 25 µg.', ['cholekalcyferol']],
  ['Przyjmuję D3 codziennie rano.', ['D3']],
  ['Krople z D3 dla niemowląt', ['D3']],
  ['Brać witaminę D 3 razy w tygodniu?', []],
  ['Korek na autostradzie D3 przy zjeździe.', []],
  ['W komórce D3 arkusza wpisz sumę.', []],
]);
