import { cases } from './cases';

cases('ms', [
  ['Vitamin D3 untuk tulang yang kuat.', ['Vitamin D3']],
  ['Kolekalsiferol dalam bentuk titisan.', ['Kolekalsiferol']],
  ['Saya ambil D3 dengan K2 setiap hari.', ['D3']],
  ['Ambil vitamin D 3 bulan sahaja.', []],
  ['Ikut laluan D3 ke Kota Bharu.', []],
  ['Letak kereta di Zon D3, aras bawah.', []],
]);
