import { cases } from './cases';

cases('nl', [
  ['De huisarts raadt vitamine D3 aan in de winter.', ['vitamine D3']],
  ['Vitaminen D3 en K2 in één capsule.', ['Vitaminen D3']],
  ['Werkzame stof: cholecalciferol.', ['cholecalciferol']],
  ['Ik slik D3 en magnesium bij het ontbijt.', ['D3']],
  ['D3 druppels 400 IE voor zuigelingen', ['D3']],
  ['Hoeveel vitamine D 3 keer per week?', []],
  ['Neem op de snelweg de afrit richting D3.', []],
  ['Zet de formule in cel D3 van het rekenblad.', []],
]);
