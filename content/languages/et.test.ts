import { cases } from './cases';

cases('et', [
  ['Vitamiin D3 aitab luude tervisele kaasa.', ['Vitamiin D3']],
  ['D3-vitamiin tekib nahas päikese mõjul.', ['D3-vitamiin']],
  ['Talvel tasub võtta D3-vitamiini.', ['D3-vitamiini']],
  ['D3-vitamiinipuudus on talvel sage.', ['D3-vitamiini']],
  ['Tablett sisaldab kolekaltsiferooli.', ['kolekaltsiferooli']],
  ['Võtan D3 ja magneesiumi õhtul.', ['D3']],
  ['Arst soovitas vitamiin D 3 korda nädalas.', []],
  ['Lend väljub väravast D3.', []],
]);
