// The first eight pilot communities, as 附件1 of 舟政发〔2017〕26号 lists them: all city communities
// (the opinion has 城市社区 lead and 渔农村社区 follow, and names no pilot otherwise).
import type { TCommunity } from '../contract';

const pilot = (id: string, district: string, street: string, name: string): TCommunity => ({
  id,
  district,
  street,
  name,
  households: null,
  kind: 'urban',
  pilot: true,
});

export const PILOT_COMMUNITIES: TCommunity[] = [
  pilot('dinghai-beiyuan', '定海区', '昌国街道', '北园社区'),
  pilot('dinghai-junan', '定海区', '城东街道', '桔南社区'),
  pilot('putuo-dapuwan', '普陀区', '沈家门街道', '大蒲湾社区'),
  pilot('putuo-lianan', '普陀区', '东港街道', '莲安社区'),
  pilot('daishan-jiahe', '岱山县', '高亭镇', '嘉和社区'),
  pilot('shengsi-donghai', '嵊泗县', '菜园镇', '东海社区'),
  pilot('xincheng-xingdao', '新城管委会', '临城街道', '星岛社区'),
  pilot('zhujiajian-lianhua', '普陀山—朱家尖管委会', '朱家尖街道', '莲花社区'),
];

export const PILOT_IDS: ReadonlySet<string> = new Set(PILOT_COMMUNITIES.map((c) => c.id));
