import { cases } from './cases';

cases('id', [
  ['Vitamin D3 1000 IU untuk daya tahan tubuh.', ['Vitamin D3']],
  ['Kolekalsiferol adalah nama lain vitamin D3.', ['Kolekalsiferol', 'vitamin D3']],
  ['Saya minum D3 dan K2 tiap pagi.', ['D3']],
  ['Tablet D3 5000 IU dari apotek.', ['D3']],
  ['Minum vitamin D 3 kali seminggu.', []],
  ['Dicari lulusan D3 Akuntansi.', []],
  ['Kuliah D3 Farmasi di Bandung.', []],
]);
