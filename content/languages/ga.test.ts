import { cases } from './cases';

cases('ga', [
  ['Moltar vitimín D3 do leanaí sa gheimhreadh.', ['vitimín D3']],
  ['Na vitimíní D3 agus K2 le chéile.', ['vitimíní D3']],
  ['Comhábhar: colecalciferol.', ['colecalciferol']],
  ['Tógaim D3 agus iarann gach maidin.', ['D3']],
  ['Braonta D3 do naíonáin', ['D3']],
  ['Tóg vitimín D 3 huaire sa tseachtain.', []],
  ['Tá suíochán D3 agam san amharclann.', []],
  ['Cuir an fhoirmle i gcill D3.', []],
]);
