import { cases } from './cases';

cases('es', [
  ['Los pediatras recomiendan vitamina D3 a los lactantes.', ['vitamina D3']],
  ['Compré vitaminas D3 y K2 en la farmacia.', ['vitaminas D3']],
  ['Principio activo: colecalciferol (vit. D3).', ['colecalciferol', 'vit. D3']],
  ['Me tomo 1000 UI de D3 con el desayuno.', ['D3']],
  ['Perlas de D3 en aceite de oliva', ['D3']],
  ['Las vitaminas D2 y D3 no son iguales.', ['D3']],
  ['El médico me pautó vitamina D 3 veces por semana.', []],
  ['Tome la salida hacia la autovía D3.', []],
  ['Escribe la fórmula en la celda D3.', []],
]);
