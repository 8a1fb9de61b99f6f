// The one WeChat cloud function `api`: callFunction({ name: 'api', data: { call, input } }); the caller
// from cloud.getWXContext(), the store on cloud.database(), one warm instance for every call.
import cloud from 'wx-server-sdk';
import { failure, handleEvent } from '../core/api';
import { parseAdminOpenids, type Deps } from '../core/deps';
import { PILOT_COMMUNITIES } from '../data/pilot-communities';
import { createCloudStore, type WxDatabase } from '../store/wxcloud';
import { wxCodes, type WxCodeApi } from './codes';
import { wxContentCheck, type WxOpenApi } from './content-check';
import { notificationTemplates } from '../core/notifications';
import { wxNotifier, type WxSubscribeApi } from './notifier';
import { wxFiles, wxUploads, type WxCloudFiles, type WxCloudUploads } from './files';

let ready: Promise<Deps> | undefined;

async function init(): Promise<Deps> {
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  const respondentSecret = process.env.RESPONDENT_KEY;
  if (!respondentSecret || respondentSecret.length < 16) {
    throw new Error('RESPONDENT_KEY (at least 16 characters) must be set in the cloud function configuration');
  }
  // The pilots are added only when the communities collection is found empty (a new environment), not on every cold start.
  const store = createCloudStore(cloud.database() as unknown as WxDatabase, { seed: PILOT_COMMUNITIES });
  return {
    store,
    files: wxFiles(cloud as unknown as WxCloudFiles),
    uploads: wxUploads(cloud as unknown as WxCloudUploads),
    codes: wxCodes(cloud as unknown as WxCodeApi, process.env.WXACODE_ENV_VERSION),
    config: { adminOpenids: parseAdminOpenids(process.env.ADMIN_OPENIDS), respondentSecret },
    now: () => new Date(),
    contentCheck: wxContentCheck(cloud as unknown as WxOpenApi),
    notifier: wxNotifier(cloud as unknown as WxSubscribeApi, store, notificationTemplates(process.env), process.env.WXACODE_ENV_VERSION),
  };
}

/**
 * `exports.main` of `api`. callFunction merges `data` into the event, so the event is
 * `{ call, input, userInfo, tcbContext?, … }`: only `input` is the call's input, and identity is the
 * OPENID of the WeChat context, never anything in the event.
 */
export async function main(event: unknown, _context?: unknown) {
  let deps: Deps;
  try {
    deps = await (ready ??= init());
  } catch (error) {
    ready = undefined;
    console.error(error);
    return failure('INTERNAL', '服务尚未配置完成，请联系管理员');
  }
  return handleEvent(event, cloud.getWXContext().OPENID, deps);
}
