import { cases } from './cases';

cases('sr-Latn', [
  ['Vitamin D3 u kapima za bebe.', ['Vitamin D3']],
  ['Nedostatak vitamina D3 je čest tokom zime.', ['vitamina D3']],
  ['Jedna tableta sadrži 25 µg holekalciferola.', ['holekalciferola']],
  ['Pijem D3 i cink svako jutro.', ['D3']],
  ['D2 ili D3 – koji je bolji?', ['D3']],
  ['Lekar kaže da pijem vitamin D 3 puta nedeljno.', []],
  ['Autoput D3 biće otvoren do kraja godine.', []],
  ['Sedište D3 je u vagonu 4.', []],
]);
