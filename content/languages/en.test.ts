import { cases } from './cases';

cases('en', [
  ['Take vitamin D3 daily.', ['vitamin D3']],
  ['Looking for a good D3 vitamin without soy.', ['D3 vitamin']],
  ['Each drop gives vitamin D 3 (cholecalciferol).', ['vitamin D 3', 'cholecalciferol']],
  ['Take vitamin D 3 times a week.', []],
  ['My stack: iron, D3, fish oil and B12.', ['D3']],
  ['D3 vs D2: which raises levels more?', ['D3']],
  ['Westbrook College took the D3 title.', []],
  ['Take the D3 exit, not D2.', []],
  ['I take the D3 every morning. It is the only bus to the clinic.', []],
  ['Share: https://shop.example/products/d3-drops', []],
  ['Write to d3help@shop.example today.', []],
  ['Tag us #D3 and follow @d3daily.', []],
  ['Then compute d3 = doses.diff(3).', []],
  ['The D3 drops are the rarest loot in the dungeon.', []],
  ['Serum 25-hydroxyvitamin D3 was measured.', []],
]);
