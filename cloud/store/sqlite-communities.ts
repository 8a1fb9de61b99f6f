// The communities on SQLite: seeded once, then saved by the registry's editors (kept in their seq order).
import type Database from 'better-sqlite3';
import type { TCommunity } from '../contract';
import { keptRows } from './sqlite-kept';
import type { Store } from './types';

interface CommunityRow {
  id: string;
  district: string;
  street: string;
  name: string;
  households: number | null;
  kind: TCommunity['kind'];
  pilot: number;
}
const toCommunity = ({ pilot, ...row }: CommunityRow): TCommunity => ({ ...row, pilot: pilot === 1 });
const toRow = (c: TCommunity) => ({
  id: c.id,
  district: c.district,
  street: c.street,
  name: c.name,
  households: c.households,
  kind: c.kind,
  pilot: c.pilot ? 1 : 0,
});

type CommunityStore = Pick<Store, 'seedCommunities' | 'saveCommunities' | 'listCommunities' | 'getCommunity'>;

export function sqliteCommunities(db: Database.Database): CommunityStore {
  const COLUMNS = 'id, district, street, name, households, kind, pilot';
  const insert = db.prepare(
    `INSERT INTO communities (${COLUMNS}) VALUES (@id, @district, @street, @name, @households, @kind, @pilot)
     ON CONFLICT (id) DO NOTHING`,
  );
  // An edit keeps the row's seq, so a community stays where it was listed.
  const upsert = db.prepare(
    `INSERT INTO communities (${COLUMNS}) VALUES (@id, @district, @street, @name, @households, @kind, @pilot)
     ON CONFLICT (id) DO UPDATE SET district = excluded.district, street = excluded.street, name = excluded.name,
       households = excluded.households, kind = excluded.kind, pilot = excluded.pilot`,
  );
  const selectAll = db.prepare<[], CommunityRow>(`SELECT ${COLUMNS} FROM communities ORDER BY seq`);
  const selectOne = db.prepare<[string], CommunityRow>(`SELECT ${COLUMNS} FROM communities WHERE id = ?`);
  // Nearly every call names a community, and a read transaction costs more than reading the row.
  const keptOne = keptRows(db, 'communities', (id) => selectOne.get(id));
  const seed = db.transaction((list: TCommunity[]) => list.forEach((c) => insert.run(toRow(c))));
  const save = db.transaction((list: TCommunity[]) => list.forEach((c) => upsert.run(toRow(c))));

  return {
    async seedCommunities(communities) {
      seed.immediate(communities);
    },
    async saveCommunities(communities) {
      save.immediate(communities);
    },
    async listCommunities() {
      return selectAll.all().map(toCommunity);
    },
    async getCommunity(id) {
      const row = keptOne(id);
      return row ? toCommunity(row) : null; // a new object each time: no caller can change the kept row
    },
  };
}
