// The audit log on SQLite: one row per entry, its (chain, seq) the key that makes an append a compare-and-set.
import type Database from 'better-sqlite3';
import type { AuditRecord, AuditStore } from './audit-records';

type Body = { body: string };

export function sqliteAuditStore(db: Database.Database): AuditStore {
  const insert = db.prepare('INSERT INTO audit_log (chain, seq, body) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const head = db.prepare<[string], Body>('SELECT body FROM audit_log WHERE chain = ? ORDER BY seq DESC LIMIT 1');
  const all = db.prepare<[string], Body>('SELECT body FROM audit_log WHERE chain = ? ORDER BY seq');
  return {
    async getAuditHead(chain) {
      const row = head.get(chain);
      return row ? (JSON.parse(row.body) as AuditRecord) : null;
    },
    async addAuditEntry(entry) {
      return insert.run(entry.chain, entry.seq, JSON.stringify(entry)).changes === 1;
    },
    async listAuditEntries(chain) {
      return all.all(chain).map((r) => JSON.parse(r.body) as AuditRecord);
    },
  };
}
