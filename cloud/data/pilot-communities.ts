// The first eight pilot communities, as 附件1 of 舟政发〔2017〕26号 lists them.
import type { TCommunity } from '../contract';

export const PILOT_COMMUNITIES: TCommunity[] = [
  { id: 'dinghai-beiyuan', district: '定海区', street: '昌国街道', name: '北园社区', households: null },
  { id: 'dinghai-junan', district: '定海区', street: '城东街道', name: '桔南社区', households: null },
  { id: 'putuo-dapuwan', district: '普陀区', street: '沈家门街道', name: '大蒲湾社区', households: null },
  { id: 'putuo-lianan', district: '普陀区', street: '东港街道', name: '莲安社区', households: null },
  { id: 'daishan-jiahe', district: '岱山县', street: '高亭镇', name: '嘉和社区', households: null },
  { id: 'shengsi-donghai', district: '嵊泗县', street: '菜园镇', name: '东海社区', households: null },
  { id: 'xincheng-xingdao', district: '新城管委会', street: '临城街道', name: '星岛社区', households: null },
  {
    id: 'zhujiajian-lianhua',
    district: '普陀山—朱家尖管委会',
    street: '朱家尖街道',
    name: '莲花社区',
    households: null,
  },
];
