import { cases } from './cases';

cases('mt', [
  ['Il-vitamina D3 hija importanti għall-għadam.', ['vitamina D3']],
  ['Il-vitamini D3 u K2 flimkien.', ['vitamini D3']],
  ['Is-sustanza attiva: kolekalċiferol.', ['kolekalċiferol']],
  ['Nieħu D3 u żingu kuljum.', ['D3']],
  ["Qtar ta' D3 għat-trabi", ['D3']],
  ['Ħu l-vitamina D 3 darbiet fil-ġimgħa.', []],
  ['Ikteb il-formula fiċ-ċellola D3.', []],
  ['Ir-riċettur D3 tad-dopamina.', []],
]);
