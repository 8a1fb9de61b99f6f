// The 2017 Zhoushan standard, validated: what scoring and the contract use (the plain data is zhoushan-2017.data.ts).
import { parseStandard } from '../schema';
import { zhoushan2017Data } from './zhoushan-2017.data';

export { zhoushan2017Data };
export const zhoushan2017 = parseStandard(zhoushan2017Data);
