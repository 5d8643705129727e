import { cases } from './cases';

cases('vi', [
  ['Bổ sung vitamin D3 cho trẻ sơ sinh.', ['vitamin D3']],
  ['Cholecalciferol (vitamin D3) dạng giọt.', ['Cholecalciferol', 'vitamin D3']],
  ['Mình uống D3 và K2 mỗi sáng.', ['D3']],
  ['Canxi, D3, kẽm và magie trong một viên.', ['D3']],
  ['Uống vitamin D 3 lần mỗi tuần.', []],
  ['Leo rank từ Kim Cương xuống D3 rồi.', []],
  ['Cho thuê căn hộ đường D3, quận Bình Thạnh.', []],
]);
