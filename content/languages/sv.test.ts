import { cases } from './cases';

cases('sv', [
  ['Vitamin D3 behövs mest under vinterhalvåret.', ['Vitamin D3']],
  ['Barnen får D3-vitamin i droppform.', ['D3-vitamin']],
  ['D3-vitaminet i kapslarna kommer från lanolin.', ['D3-vitaminet']],
  ['Ett D3-vitamintillskott räcker för de flesta.', ['D3-vitamin']],
  ['Kolekalciferolet lagras i fettvävnaden.', ['Kolekalciferolet']],
  ['Jag tar D3 och magnesium varje kväll.', ['D3']],
  ['Tabletterna innehåller 20 µg D3.', ['D3']],
  ['Ta vitamin D 3 gånger i veckan.', []],
  ['Kör av motorvägen vid D3 och fortsätt mot centrum.', []],
  ['Summan står i cellen D3 i kalkylarket.', []],
]);
