import { cases } from './cases';

cases('tr', [
  ['D3 vitamini eksikliği kışın yaygındır.', ['D3 vitamini']],
  ['Doktor D3 vitaminini sabah almamı söyledi.', ['D3 vitaminini']],
  ["Vitamin D3'ün emilimi yağla artar.", ['Vitamin D3']],
  ['Kolekalsiferolün sentezi için güneş gerekir.', ['Kolekalsiferolün']],
  ['Bebeklere günde 400 ünite D3 veriliyor.', ['D3']],
  ['Doktor vitamin D 3 ay kullanmamı söyledi.', []],
  ['Uçuşunuz D3 kapısından kalkacak.', []],
  ['Dopamin D3 reseptörü önemli bir hedef.', []],
]);
