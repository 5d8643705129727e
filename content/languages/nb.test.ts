import { cases } from './cases';

cases('nb', [
  ['Vitamin D3 dannes i huden om sommeren.', ['Vitamin D3']],
  ['Mange trenger D3-vitamin i mørketida.', ['D3-vitamin']],
  ['D3-vitaminet i kapslene er laget av lanolin.', ['D3-vitaminet']],
  ['Kan D3-vitaminmangel gi tretthet?', ['D3-vitamin']],
  ['Kolekalsiferol er et annet navn på vitamin D3.', ['Kolekalsiferol', 'vitamin D3']],
  ['Jeg tar D3 og tran hver dag.', ['D3']],
  ['Legen anbefalte vitamin D 3 ganger i uken.', []],
  ['Flyet går fra gate D3 klokken åtte.', []],
  ['Dopamin D3-reseptoren er et mål for nye legemidler.', []],
]);
