import { cases } from './cases';

cases('da', [
  ['Vitamin D3 optages bedst sammen med fedt.', ['Vitamin D3']],
  ['Ældre bør tage D3-vitamin hele året.', ['D3-vitamin']],
  ['D3-vitaminen i dråberne er opløst i olie.', ['D3-vitaminen']],
  ['Et dagligt D3-vitamintilskud anbefales om vinteren.', ['D3-vitamin']],
  ['Kolecalciferol dannes i huden.', ['Kolecalciferol']],
  ['Jeg tager D3 og zink om morgenen.', ['D3']],
  ['Tag vitamin D 3 gange om ugen.', []],
  ['Skriv tallet i celle D3 i regnearket.', []],
  ['Nikon D3 er et gammelt kamerahus.', []],
]);
