import { cases } from './cases';

cases('fi', [
  ['Vitamiini D3 imeytyy parhaiten ruoan kanssa.', ['Vitamiini D3']],
  ['Otan D3-vitamiinia talvella.', ['D3-vitamiinia']],
  ['D3-vitamiinin saanti on tärkeää vauvoille.', ['D3-vitamiinin']],
  ['D3-vitamiinilisä kannattaa aloittaa syksyllä.', ['D3-vitamiini']],
  ['Kolekalsiferolia muodostuu iholla.', ['Kolekalsiferolia']],
  ['Käytän D3 ja magnesium -valmisteita päivittäin.', ['D3']],
  ['Lääkäri määräsi D-vitamiinia 3 kertaa viikossa.', []],
  ['Kirjoita kaava soluun D3.', []],
  ['Dopamiinin D3-reseptori on lääkekehityksen kohde.', []],
]);
