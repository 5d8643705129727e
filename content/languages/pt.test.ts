import { cases } from './cases';

cases('pt', [
  ['A médica receitou vitamina D3 em gotas.', ['vitamina D3']],
  ['Vitaminas D3 e K2 num só comprimido.', ['Vitaminas D3']],
  ['Cada cápsula tem 50 µg de colecalciferol.', ['colecalciferol']],
  ['Tomo D3 de manhã com o café.', ['D3']],
  ['Gotas de D3 para bebês', ['D3']],
  ['D2 ou D3: qual escolher?', ['D3']],
  ['Tomar vitamina D 3 vezes por semana.', []],
  ['Meu assento é o D3, perto do portão de embarque.', []],
  ['Coloque o total na célula D3 da planilha.', []],
]);
