// Reads the first sheet of an .xlsx into text rows (tab-separated, as a spreadsheet's paste), for the registry import.
// fflate (8 KB) unzips; the sheet's XML is read with regular expressions, since WeChat has no DOMParser.
import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) =>
  s.replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? m;
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
/** The text of every <t> inside (rich text has several runs). */
const texts = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1])).join('');

function column(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Every row of the workbook's first sheet as cells of text (empty cells ''). */
export function xlsxRows(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'xl/sharedStrings.xml' || f.name.startsWith('xl/worksheets/sheet') });
  const sheetName = Object.keys(files)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a.slice(14))?.[0]) - Number(/\d+/.exec(b.slice(14))?.[0]))[0];
  if (!sheetName) return [];
  const shared = files['xl/sharedStrings.xml']
    ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]))
    : [];
  const sheet = strFromU8(files[sheetName]);
  return [...sheet.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)].map((row) => {
    const cells: string[] = [];
    for (const c of (row[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1];
      const body = c[2] ?? '';
      const ref = /\br="([A-Z]+\d*)"/.exec(attrs)?.[1] ?? '';
      const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
      const v = unescape(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
      let value = v;
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') value = texts(body);
      else if (type === 'b') value = v === '1' ? 'true' : 'false';
      const at = ref ? column(ref) : cells.length;
      while (cells.length < at) cells.push('');
      cells[at] = value.replace(/[\t\r\n]+/g, ' ').trim();
    }
    return cells;
  });
}

/** The sheet as tab-separated text, which parseSheet reads like a paste. */
export const xlsxText = (bytes: Uint8Array) =>
  xlsxRows(bytes)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => r.join('\t'))
    .join('\n');
