// The WeChat cloud functions' one entry: the caller from cloud.getWXContext(), the store on cloud.database().
import cloud from 'wx-server-sdk';
import { failure, handle } from '../core/api';
import { parseAdminOpenids, type Deps } from '../core/deps';
import { PILOT_COMMUNITIES } from '../data/pilot-communities';
import { createCloudStore, type WxDatabase } from '../store/wxcloud';
import { wxContentCheck, type WxOpenApi } from './content-check';
import { wxFiles, type WxCloudFiles } from './files';

let ready: Promise<Deps> | undefined;

async function init(): Promise<Deps> {
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  const respondentSecret = process.env.RESPONDENT_KEY;
  if (!respondentSecret || respondentSecret.length < 16) {
    throw new Error('RESPONDENT_KEY (at least 16 characters) must be set in the cloud function configuration');
  }
  // The pilots are added only when the communities collection is found empty (a new environment), not on every cold start.
  const store = createCloudStore(cloud.database() as unknown as WxDatabase, { seed: PILOT_COMMUNITIES });
  const files = wxFiles(cloud as unknown as WxCloudFiles);
  const config = { adminOpenids: parseAdminOpenids(process.env.ADMIN_OPENIDS), respondentSecret };
  return { store, files, config, now: () => new Date(), contentCheck: wxContentCheck(cloud as unknown as WxOpenApi) };
}

/** `exports.main` of the cloud function `name`. Identity is OPENID from the WeChat context, never the event. */
export function makeMain(name: string) {
  return async (event: Record<string, unknown> | undefined, _context?: unknown) => {
    // callFunction merges `data` into the event and adds `userInfo`; only `data` is the call's input.
    const { userInfo: _userInfo, ...input } = event ?? {};
    let deps: Deps;
    try {
      deps = await (ready ??= init());
    } catch (error) {
      ready = undefined;
      console.error(error);
      return failure('INTERNAL', '服务尚未配置完成，请联系管理员');
    }
    return handle(name, input, cloud.getWXContext().OPENID, deps);
  };
}
