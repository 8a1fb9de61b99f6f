// Who is offered the fieldwork pages, from the contract's rules: a worker enters their own community's answers;
// whoever reads a community's indicators reads its data quality.
import { canEnterFieldwork, canReadQuality, type Actor } from '../../cloud/contract/rules';

/** A worker with a community (canEnterFieldwork holds for it): 入户代填 and 纸质问卷录入. */
export const entersFieldwork = (a: Actor) =>
  a.communityId !== null && canEnterFieldwork(a, { id: a.communityId, district: '', street: '' });
/** 数据质量: admins, officials, a community's workers. */
export const readsQuality = (a: Actor) => canReadQuality(a);
