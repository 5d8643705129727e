import { cases } from './cases';

cases('hr', [
  ['Vitamin D3 nastaje u koži.', ['Vitamin D3']],
  ['Nedostatak vitamina D3 čest je zimi.', ['vitamina D3']],
  ['Dajemo bebi kapi s vitaminom D3.', ['vitaminom D3']],
  ['Djelatna tvar: kolekalciferol.', ['kolekalciferol']],
  ['Uzimam D3 uz magnezij.', ['D3']],
  ['D3 kapi 400 IU za bebe', ['D3']],
  ['Piti vitamin D 3 puta tjedno.', []],
  ['Promet na državnoj cesti D3 odvija se otežano.', []],
  ['Sjedalo D3 je uz prolaz.', []],
]);
