import { cases } from './cases';

cases('lv', [
  ['D3 vitamīns veidojas ādā.', ['D3 vitamīns']],
  ['Ziemā vajag lietot D3 vitamīnu.', ['D3 vitamīnu']],
  ['Vitamīns D3 stiprina kaulus.', ['Vitamīns D3']],
  ['Holekalciferola deva bērniem ir mazāka.', ['Holekalciferola']],
  ['Lietoju D3 un magniju katru dienu.', ['D3']],
  ['Ārsts ieteica vitamīnu D 3 reizes nedēļā.', []],
  ['Ierakstiet summu šūnā D3.', []],
  ['Iekāpšana reisā notiek pie izejas D3.', []],
]);
