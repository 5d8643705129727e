import { cases } from './cases';

cases('de', [
  ['Vitamin D3 ist wichtig für die Knochen.', ['Vitamin D3']],
  ['Vitamin-D3-Präparate sind beliebt.', ['Vitamin-D3']],
  ['D3-Tropfen für Kinder', ['D3']],
  ['Ich nehme D3 im Winter.', ['D3']],
  ['Soll ich Vitamin D 3-mal pro Woche nehmen?', []],
  ['Die Ausfahrt D3 ist gesperrt.', []],
]);
