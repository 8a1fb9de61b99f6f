// The cloud notifier: the outbox as locally, then a subscribe message (subscribeMessage.send, openapi permission
// in the registry rows of linkNeed, replyFeedback and updateProject) to each recipient who accepted that kind.
import { clip, outboxNotifier, type Notifier, type TemplateIds } from '../core/notifications';
import type { MessageRecord, Store } from '../store/types';

/** The one wx-server-sdk call used (request and result of its openapi, narrowed). */
export interface WxSubscribeApi {
  openapi: {
    subscribeMessage: {
      send(param: {
        touser: string;
        templateId: string;
        page: string;
        data: Record<string, { value: string }>;
        miniprogramState: 'formal' | 'trial' | 'developer';
        lang: 'zh_CN';
      }): Promise<{ errCode?: number; errMsg?: string }>;
    };
  };
}

const STATES = { release: 'formal', trial: 'trial', develop: 'developer' } as const;

/** "2024-06-01 10:00" in Asia/Shanghai, as a template's time field takes it. */
function shanghaiMinute(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

/**
 * Every template the console is set up with carries three keywords: thing1 (the project, ≤ 20 characters),
 * thing2 (what happened, ≤ 20) and time3 (when). README ("Deploying to WeChat") says which templates to choose.
 */
export function templateData(m: MessageRecord, projectTitle: string): Record<string, { value: string }> {
  return { thing1: { value: clip(projectTitle, 20) }, thing2: { value: clip(m.title, 20) }, time3: { value: shanghaiMinute(m.at) } };
}

/**
 * `envVersion` (WXACODE_ENV_VERSION) is the version of the mini-program a message opens. A refused send
 * (43101: the resident's consent was used up or withdrawn in WeChat) or any other failure is logged and
 * skipped: the message is in the outbox anyway.
 */
export function wxNotifier(cloud: WxSubscribeApi, store: Store, templates: TemplateIds, envVersion: string | undefined): Notifier {
  const outbox = outboxNotifier(store, templates);
  const miniprogramState = STATES[envVersion as keyof typeof STATES] ?? 'formal';
  return {
    templates,
    async deliver(messages) {
      await outbox.deliver(messages);
      const sendable = messages.filter((m) => templates[m.kind]);
      if (sendable.length === 0) return;
      const contacts = new Map((await store.getContacts(sendable.map((m) => m.recipient))).map((c) => [c.respondent, c]));
      const titles = new Map<string, string>();
      for (const m of sendable) {
        const contact = contacts.get(m.recipient);
        if (!contact?.kinds.includes(m.kind)) continue;
        try {
          if (!titles.has(m.projectId)) titles.set(m.projectId, (await store.getProject(m.projectId))?.title ?? '家门口项目');
          const res = await cloud.openapi.subscribeMessage.send({
            touser: contact.openid,
            templateId: templates[m.kind]!,
            page: `pages/project/index?projectId=${encodeURIComponent(m.projectId)}`,
            data: templateData(m, titles.get(m.projectId)!),
            miniprogramState,
            lang: 'zh_CN',
          });
          if (res.errCode) console.warn(`[notify] subscribeMessage.send: ${res.errCode} ${res.errMsg ?? ''}`);
        } catch (error) {
          console.warn('[notify] subscribeMessage.send failed', error);
        }
      }
    },
  };
}
