// Closing the loop: what a resident is told when their need is linked, their comment answered, or a project
// they joined moves a stage. The core builds the messages; a Notifier (Deps) delivers them: into the outbox
// (消息, both runtimes) and, in WeChat, also as subscribe messages (cloud/wx/notifier.ts).
import { randomUUID } from 'node:crypto';
import { MESSAGE_KINDS, stageName, type TMessageKind, type TStage } from '../contract';
import type { MessageRecord, NeedRecord, ProjectRecord, Store } from '../store/types';
import type { Deps } from './deps';

/** The subscribe-message template of each kind, from configuration; null: that kind is not sent through WeChat. */
export type TemplateIds = Record<TMessageKind, string | null>;

/** The environment variables naming the templates (the one place they are read, locally and in the cloud). */
export const TEMPLATE_ENV: Record<TMessageKind, string> = {
  need_linked: 'NOTIFY_TEMPLATE_NEED_LINKED',
  feedback_replied: 'NOTIFY_TEMPLATE_FEEDBACK_REPLIED',
  stage_moved: 'NOTIFY_TEMPLATE_STAGE_MOVED',
};

export function notificationTemplates(env: Record<string, string | undefined>): TemplateIds {
  const id = (kind: TMessageKind) => env[TEMPLATE_ENV[kind]]?.trim() || null;
  return Object.fromEntries(MESSAGE_KINDS.map((k) => [k, id(k)])) as TemplateIds;
}

export interface Notifier {
  /** The template ids the app asks consent for (getNotificationSettings). */
  templates: TemplateIds;
  /** Delivers the messages to their recipients. */
  deliver(messages: MessageRecord[]): Promise<void>;
}

/** The local runtime's notifier: every message lands in the recipient's outbox, which 消息 shows. */
export function outboxNotifier(store: Store, templates: TemplateIds = notificationTemplates({})): Notifier {
  return {
    templates,
    async deliver(messages) {
      if (messages.length > 0) await store.addMessages(messages);
    },
  };
}

/** One message to write: to whom (respondent hash), about which project, what. */
export interface MessageDraft {
  recipient: string;
  kind: TMessageKind;
  title: string;
  body: string;
  projectId: string;
}

/** A sentence never runs on: long texts are cut with an ellipsis. */
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const needLinked = (need: NeedRecord, project: ProjectRecord): MessageDraft => ({
  recipient: need.respondent,
  kind: 'need_linked',
  title: '您的需求有了回应',
  body: `您提的“${clip(need.text, 30)}”已关联到项目“${project.title}”`,
  projectId: project.id,
});

export const feedbackReplied = (recipient: string, project: ProjectRecord, by: string, reply: string): MessageDraft => ({
  recipient,
  kind: 'feedback_replied',
  title: '您的评价有了回复',
  body: `${by}回复了您对“${project.title}”的评价：${clip(reply, 60)}`,
  projectId: project.id,
});

export const stageMoved = (recipient: string, project: ProjectRecord, to: TStage): MessageDraft => ({
  recipient,
  kind: 'stage_moved',
  title: '您参加的项目有了新进展',
  body: `“${project.title}”进入了“${stageName(to)}”阶段`,
  projectId: project.id,
});

/**
 * Delivers the drafts, one per recipient and kind. A failure is logged, never thrown: a staff member's
 * write (the link, the reply, the stage) is stored already and stays done whether or not the message goes.
 */
export async function tell(deps: Deps, drafts: MessageDraft[]): Promise<void> {
  const at = deps.now().toISOString();
  const seen = new Set<string>();
  const messages: MessageRecord[] = [];
  for (const d of drafts) {
    const key = `${d.recipient}\n${d.kind}\n${d.projectId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    messages.push({ id: randomUUID(), ...d, at, read: false });
  }
  if (messages.length === 0) return;
  try {
    await deps.notifier.deliver(messages);
  } catch (error) {
    console.error('[notify]', error);
  }
}
