// The registry sheet as text: CSV or tab-separated (pasted from a spreadsheet) into importCommunities rows, and its template.
import { COMMUNITY_KINDS } from '../../cloud/contract/rules/registry';

export const SHEET_COLUMNS = ['name', 'district', 'street', 'kind', 'households', 'pilot', 'id'] as const;
/** Chinese headers a sheet may use instead. */
const ALIASES: Record<string, (typeof SHEET_COLUMNS)[number]> = {
  社区名称: 'name',
  社区: 'name',
  '县（区）': 'district',
  县区: 'district',
  '乡镇（街道）': 'street',
  街道: 'street',
  类型: 'kind',
  户数: 'households',
  示范: 'pilot',
  市级示范: 'pilot',
  编号: 'id',
};

export const TEMPLATE_CSV = `${SHEET_COLUMNS.join(',')}\n沈家门社区,普陀区,沈家门街道,urban,1200,false,\n`;

/** Splits one line into cells: tabs when the line has any (a spreadsheet's paste), else commas with "quoted, cells". */
function cells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '，') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

function kindOf(v: string): unknown {
  const k = COMMUNITY_KINDS.find((x) => x.id === v || x.name === v);
  return k ? k.id : v;
}
function householdsOf(v: string): unknown {
  if (v === '') return null;
  return /^\d+$/.test(v) ? Number(v) : v; // anything else goes as typed: the server names the row and field
}
function pilotOf(v: string): unknown {
  if (['true', '是', '1', 'TRUE', 'yes', 'Y'].includes(v)) return true;
  if (['false', '否', '0', 'FALSE', 'no', 'N', ''].includes(v)) return false;
  return v;
}

export type SheetRow = Record<string, unknown>;

/** Rows as importCommunities takes them; values the contract would refuse are kept as typed, so the server lists them by row. */
export function parseSheet(text: string): SheetRow[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (lines.length < 2) return [];
  const header = cells(lines[0]).map((h) => ALIASES[h] ?? h.toLowerCase());
  return lines.slice(1).map((line) => {
    const row: SheetRow = {};
    cells(line).forEach((value, i) => {
      const col = header[i];
      if (!col) return;
      if (col === 'kind') row.kind = kindOf(value);
      else if (col === 'households') row.households = householdsOf(value);
      else if (col === 'pilot') row.pilot = pilotOf(value);
      else if (col === 'id') {
        if (value) row.id = value;
      } else row[col] = value;
    });
    return row;
  });
}

/** `rows.3.households` → { row: 4 (the sheet's data row, counted from 1), field: 'households' }. */
export function rowOfIssue(path: string): { row: number; field: string } | null {
  const m = /^rows\.(\d+)(?:\.(\w+))?/.exec(path);
  return m ? { row: Number(m[1]) + 1, field: m[2] ?? '' } : null;
}
