import { cases } from './cases';

cases('is', [
  ['Vítamín D3 myndast í húðinni.', ['Vítamín D3']],
  ['Ég tek D3-vítamín á hverjum morgni.', ['D3-vítamín']],
  ['Skortur á D3-vítamíni er algengur á veturna.', ['D3-vítamíni']],
  ['Virkni D3-vítamínsins hefur verið rannsökuð.', ['D3-vítamínsins']],
  ['Kólekalsíferól er fituleysanlegt.', ['Kólekalsíferól']],
  ['Ég tek lýsi og D3 á hverjum degi.', ['D3']],
  ['Taktu vítamín D 3 sinnum í viku.', []],
  ['Farþegar ganga um borð við hlið D3.', []],
]);
