// The WeChat cloud part of residents' messages (outbox, contacts) and of 我的数据: their own records, and withdrawing them.
import { addAnswers, tallyOfAnswers } from './tally-counts';
import type { ContactRecord, FeedbackRecord, MessageRecord, NeedRecord, NotifyStore, ParticipantRecord } from './types';
import type { WxCollection, WxCollections, WxDatabase, WxDocument } from './wx-database';

export const NOTIFY_COLLECTIONS = {
  messages: 'messages', // _id = message id; recipient (respondent hash), at, read
  contacts: 'contacts', // _id = respondent hash: the openid and kinds of a resident who accepted subscribe messages
} as const;
const C = NOTIFY_COLLECTIONS;
/** Collections of other parts of the store this part reads or deletes from. */
const OTHER = { needs: 'needs', feedback: 'feedback', participants: 'participants', responses: 'responses', tallies: 'tallies' };
const MAX_GET = 1000;

function fromDoc<T>(doc: WxDocument): T {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest } as T;
}
const inStoredOrder = (a: WxDocument, b: WxDocument) =>
  String(a.submittedAt).localeCompare(String(b.submittedAt)) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

export function cloudNotifyStore(db: WxDatabase, { on, readAll, findById, addOnce }: WxCollections): NotifyStore {
  const _ = db.command;
  const newest = async (name: string, where: Record<string, unknown>, field: string, limit: number) => {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GET) throw new Error(`limit ${limit} is not 1–${MAX_GET}`);
    const query = (c: WxCollection) => c.where(where).orderBy(field, 'desc').orderBy('_id', 'desc').limit(limit).get();
    return (await on(name, query)).data;
  };

  return {
    async addMessages(messages) {
      for (const m of messages) {
        const { id, ...rest } = m;
        if (!(await addOnce(C.messages, { _id: id, ...rest }))) throw new Error(`message ${id} exists`);
      }
    },
    async listMessages({ recipient, limit, after }) {
      if (!after) return (await newest(C.messages, { recipient }, 'at', limit)).map((d) => fromDoc<MessageRecord>(d));
      // Keyset paging without $or, as listNeeds: the cursor's own instant (smaller ids), then strictly older ones.
      const [same, older] = await Promise.all([
        newest(C.messages, { recipient, at: after.at, _id: _.lt(after.id) }, 'at', limit),
        newest(C.messages, { recipient, at: _.lt(after.at) }, 'at', limit),
      ]);
      return [...same, ...older].slice(0, limit).map((d) => fromDoc<MessageRecord>(d));
    },
    async countUnread(recipient) {
      return (await on(C.messages, (c) => c.where({ recipient, read: false }).count())).total;
    },
    async markMessagesRead(recipient, ids) {
      const list = [...new Set(ids)];
      const { stats } = await on(C.messages, (c) => c.where({ _id: _.in(list), recipient, read: false }).update({ data: { read: true } }));
      return stats.updated;
    },

    async saveContact(contact) {
      const { respondent, ...rest } = contact;
      if (contact.kinds.length === 0) await on(C.contacts, (c) => c.doc(respondent).remove());
      else await on(C.contacts, (c) => c.doc(respondent).set({ data: { respondent, ...rest } }));
    },
    async getContacts(respondents) {
      if (respondents.length === 0) return [];
      const docs = await readAll(C.contacts, { respondent: _.in([...new Set(respondents)]) });
      return docs.map(({ respondent, openid, kinds, at }) => ({ respondent, openid, kinds, at }) as ContactRecord);
    },

    async listNeedsOf(respondent, limit) {
      return (await newest(OTHER.needs, { respondent }, 'submittedAt', limit)).map((d) => fromDoc<NeedRecord>(d));
    },
    async listFeedbackOf(respondent, limit) {
      return (await newest(OTHER.feedback, { respondent }, 'submittedAt', limit)).map((d) => fromDoc<FeedbackRecord>(d));
    },
    async listParticipationsOf(respondent, limit) {
      const docs = await newest(OTHER.participants, { respondent }, 'joinedAt', limit);
      return docs.map(({ projectId, role, joinedAt }) => ({ projectId, role, respondent, joinedAt }) as ParticipantRecord);
    },
    async deleteNeed(id) {
      return (await on(OTHER.needs, (c) => c.doc(id).remove())).stats.removed === 1;
    },
    async deleteFeedback(id) {
      return (await on(OTHER.feedback, (c) => c.doc(id).remove())).stats.removed === 1;
    },

    async getResponse(year, respondent) {
      const doc = await findById(OTHER.responses, `${year}:${respondent}`);
      if (!doc?.answers) return null;
      const { communityId, answers, submittedAt } = doc as unknown as { communityId: string; answers: never; submittedAt: string };
      return { communityId, year, respondent, answers, submittedAt };
    },
    /**
     * Not one transaction (cloud transactions conflict under a burst of answers to one community), so in
     * steps, each safe if the next never runs: the answer is removed; then one conditional update of the
     * tally (closed ≠ true, the round's gate, as addResponse's) takes its options off the counts, empties
     * the log of recent answers and stores the snapshot due over the remaining answers in stored order. An
     * answer counted meanwhile is in the counts and, pushed after the update, in the log: a read steps back
     * through the log when it holds enough, else takes the stored snapshot only if it is the one due, else
     * withholds the rates until the next multiple of 5 — never a wrong figure. A round closed meanwhile
     * matches nothing: the answer is put back and the withdrawal refused.
     */
    async withdrawResponse(communityId, year, respondent) {
      const tallyId = `${year}:${communityId}`;
      const responseId = `${year}:${respondent}`;
      const tally = await findById(OTHER.tallies, tallyId);
      if (tally?.closed === true) return 'closed';
      const doc = await findById(OTHER.responses, responseId);
      if (!doc?.answers || doc.communityId !== communityId || !tally) return 'none';
      if ((await on(OTHER.responses, (c) => c.doc(responseId).remove())).stats.removed !== 1) return 'none';
      const answers = doc.answers as Record<string, string>;
      const remaining = (await readAll(OTHER.responses, { year, communityId }))
        .filter((d) => d.answers)
        .sort(inStoredOrder)
        .map((d) => d.answers as Record<string, string>);
      const { snapshot } = tallyOfAnswers(communityId, year, remaining);
      const data = {
        ...Object.fromEntries(Object.entries(answers).map(([q, o]) => [`counts.${q}.${o}`, _.inc(-1)])),
        recent: _.set([]),
        snapshot: _.set(snapshot && { responses: snapshot.responses, counts: addAnswers(snapshot.counts, []) }),
      };
      const { stats } = await on(OTHER.tallies, (c) => c.where({ _id: tallyId, closed: _.neq(true) }).update({ data }));
      if (stats.updated === 1) return 'withdrawn';
      await addOnce(OTHER.responses, doc);
      return 'closed';
    },
  };
}
