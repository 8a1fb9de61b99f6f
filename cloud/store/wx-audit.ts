// The audit log on the WeChat cloud database: _id = `${chain}#${seq}` (seq zero-padded), so add() of a taken seq fails.
import type { AuditRecord, AuditStore } from './audit-records';
import type { WxCollections, WxDocument } from './wx-database';

export const AUDIT_COLLECTION = 'auditLog';
const entryId = (chain: string, seq: number) => `${chain}#${String(seq).padStart(10, '0')}`;

function toEntry(doc: WxDocument): AuditRecord {
  const { _id: _ignored, ...entry } = doc;
  return entry as unknown as AuditRecord;
}

export function cloudAuditStore({ on, readAll, addOnce }: WxCollections): AuditStore {
  return {
    async getAuditHead(chain) {
      const { data } = await on(AUDIT_COLLECTION, (c) => c.where({ chain }).orderBy('seq', 'desc').limit(1).get());
      return data[0] ? toEntry(data[0]) : null;
    },
    async addAuditEntry(entry) {
      return addOnce(AUDIT_COLLECTION, { _id: entryId(entry.chain, entry.seq), ...entry });
    },
    async listAuditEntries(chain) {
      // readAll pages in _id order, which the zero-padded seq makes the chain's order.
      return (await readAll(AUDIT_COLLECTION, { chain })).map(toEntry);
    },
  };
}
