// What the stores keep for residents' messages (the outbox 消息, and whom WeChat may notify) and what
// they read and delete for 我的数据 (a resident's own needs, feedback, roles and answer, and their withdrawal).
import type { TMessageKind } from '../contract/rules/notifications';
import type { FeedbackRecord, NeedRecord, ParticipantRecord } from './project-records';
import type { ResponseRecord } from './types';

/** One message of a resident's outbox. `recipient` is their respondent hash (the keyed hash of the openid), never the openid. */
export interface MessageRecord {
  id: string;
  recipient: string;
  kind: TMessageKind;
  title: string;
  body: string;
  projectId: string;
  at: string; // ISO 8601
  read: boolean;
}

/**
 * Whom WeChat may send a subscribe message: kept only for a resident who accepted one in the app
 * (allowNotifications), since a message needs the openid, which nothing else keeps beside a respondent hash.
 */
export interface ContactRecord {
  respondent: string;
  openid: string;
  kinds: TMessageKind[];
  at: string;
}

export interface MessagesQuery {
  recipient: string;
  limit: number;
  /** The last message of the previous page: this page holds those after it (older, or as old with a smaller id). */
  after?: { at: string; id: string };
}

/** What withdrawing a survey answer did: 'none' when there was no answer of that community and year. */
export type WithdrawResult = 'withdrawn' | 'none' | 'closed';

export interface NotifyStore {
  addMessages(messages: MessageRecord[]): Promise<void>;
  /** Newest first (at, then id, both descending), at most `limit` (1 to 1,000). */
  listMessages(query: MessagesQuery): Promise<MessageRecord[]>;
  countUnread(recipient: string): Promise<number>;
  /** Marks those of `ids` that are the recipient's own and unread; answers how many changed. */
  markMessagesRead(recipient: string, ids: string[]): Promise<number>;

  /** Replaces the contact of that respondent; with no kinds, removes it. */
  saveContact(contact: ContactRecord): Promise<void>;
  getContacts(respondents: string[]): Promise<ContactRecord[]>;

  /** A resident's needs in every community, newest first, at most `limit`. */
  listNeedsOf(respondent: string, limit: number): Promise<NeedRecord[]>;
  /** A resident's feedback on every project, newest first, at most `limit`. */
  listFeedbackOf(respondent: string, limit: number): Promise<FeedbackRecord[]>;
  /** A resident's roles in every project, newest first, at most `limit`. */
  listParticipationsOf(respondent: string, limit: number): Promise<ParticipantRecord[]>;
  /** False when there was no such need. */
  deleteNeed(id: string): Promise<boolean>;
  /** False when there was no such feedback. */
  deleteFeedback(id: string): Promise<boolean>;

  /** The respondent's answer of that year (to whichever community), or null. */
  getResponse(year: number, respondent: string): Promise<ResponseRecord | null>;
  /**
   * Deletes the respondent's answer to that community-year and takes it out of the round's tally, unless the
   * round is closed ('closed', nothing changed). The tally and its snapshot are then those the remaining
   * answers give in the order stored (what a recount gives). SQLite does it in one transaction.
   */
  withdrawResponse(communityId: string, year: number, respondent: string): Promise<WithdrawResult>;
}
