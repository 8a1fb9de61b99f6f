// getNotificationSettings, allowNotifications, listMessages and markMessagesRead: what residents are told back (消息).
import {
  MESSAGES_PAGE,
  type TAllowNotificationsInput,
  type TGetNotificationSettingsOutput,
  type TListMessagesInput,
  type TListMessagesOutput,
  type TMarkMessagesReadInput,
} from '../../contract';
import type { Identity } from '../auth';
import { decodeCursor, encodeCursor } from '../cursor';
import type { Deps } from '../deps';

async function settingsOf(caller: Identity, deps: Deps): Promise<TGetNotificationSettingsOutput> {
  const [contact] = await deps.store.getContacts([caller.respondent]);
  return { templates: { ...deps.notifier.templates }, allowed: contact?.kinds ?? [] };
}

/** The template ids the app asks consent for, from the one configuration (NOTIFY_TEMPLATE_*), and what the caller allowed. */
export async function getNotificationSettings(_input: unknown, caller: Identity, deps: Deps): Promise<TGetNotificationSettingsOutput> {
  return settingsOf(caller, deps);
}

/**
 * The kinds the resident accepted in WeChat's consent dialog: their openid is kept (apart from everything
 * else they gave, which is stored under the respondent hash) only so that a subscribe message can reach them.
 * No kinds: the openid is forgotten. The outbox (消息) is written either way.
 */
export async function allowNotifications(
  input: TAllowNotificationsInput,
  caller: Identity,
  deps: Deps,
): Promise<TGetNotificationSettingsOutput> {
  const kinds = [...new Set(input.kinds)];
  await deps.store.saveContact({ respondent: caller.respondent, openid: caller.openid, kinds, at: deps.now().toISOString() });
  return settingsOf(caller, deps);
}

/** The caller's own messages, newest first, a page at a time, and how many are unread in all. */
export async function listMessages(input: TListMessagesInput, caller: Identity, deps: Deps): Promise<TListMessagesOutput> {
  const limit = input.limit ?? MESSAGES_PAGE.default;
  const position = input.cursor ? decodeCursor(input.cursor) : undefined;
  const after = position && { at: position.submittedAt, id: position.id };
  const [read, unread] = await Promise.all([
    deps.store.listMessages({ recipient: caller.respondent, limit: limit + 1, after }),
    deps.store.countUnread(caller.respondent),
  ]);
  const page = read.slice(0, limit);
  const last = page[page.length - 1];
  return {
    messages: page.map(({ id, kind, title, body, projectId, at, read: seen }) => ({ id, kind, title, body, projectId, at, read: seen })),
    next: read.length > limit ? encodeCursor({ submittedAt: last.at, id: last.id }) : null,
    unread,
  };
}

/** Marks the caller's own messages read; ids of anyone else's (or unknown ones) change nothing. */
export async function markMessagesRead(input: TMarkMessagesReadInput, caller: Identity, deps: Deps) {
  const marked = await deps.store.markMessagesRead(caller.respondent, input.ids);
  return { marked, unread: await deps.store.countUnread(caller.respondent) };
}
