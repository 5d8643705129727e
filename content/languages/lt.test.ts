import { cases } from './cases';

cases('lt', [
  ['Vitaminas D3 svarbus kaulams.', ['Vitaminas D3']],
  ['Vitamino D3 trūkumas žiemą dažnas.', ['Vitamino D3']],
  ['Gydytojas patarė vartoti vitaminą D3.', ['vitaminą D3']],
  ['D3 vitaminas lašais vaikams.', ['D3 vitaminas']],
  ['Tabletėje yra cholekalciferolio.', ['cholekalciferolio']],
  ['Vartoju D3 ir magnį kasdien.', ['D3']],
  ['Gydytojas paskyrė vitaminą D 3 kartus per savaitę.', []],
  ['Ciklinas D3 reguliuoja ląstelių ciklą.', []],
]);
