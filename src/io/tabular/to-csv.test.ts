// CSV exports read back, with a strict RFC 4180 parser, to what the register held: quoting,
// accents, the formula guard and numbers as a spreadsheet user will see them.
import { describe, expect, it } from 'vitest';
import type { TableSheet } from './table-sheet.ts';
import { toCsv } from './to-csv.ts';

interface Risk {
  readonly code: string;
  readonly title: string;
  readonly score: number | string | null;
  readonly due: string | null;
  readonly reviewed: string;
  readonly open: boolean;
}

const riskSheet = (rows: Risk[]): TableSheet<Risk> => ({
  name: 'Risks',
  columns: [
    { header: 'Code', value: (r) => r.code },
    { header: 'Title', value: (r) => r.title },
    { header: 'Score', value: (r) => r.score, kind: 'number' },
    { header: 'Due', value: (r) => r.due, kind: 'date' },
    { header: 'Reviewed', value: (r) => r.reviewed, kind: 'datetime' },
    { header: 'Open', value: (r) => r.open },
  ],
  rows,
});

const risk = (title: string, score: Risk['score'] = 1): Risk => ({ code: 'RSK-1', title, score, due: '2026-03-02', reviewed: '2026-03-02T08:30', open: true });

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and the header, ends every record with CRLF', () => {
    const bytes = toCsv(riskSheet([risk('Plain')]));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFFCode,Title,Score,Due,Reviewed,Open\r\nRSK-1,Plain,1,2026-03-02,2026-03-02 08:30,yes\r\n');
  });

  it('quotes commas, quotes and line breaks, and keeps accents', () => {
    const title = 'Réseau, "phase 2"\nline';
    const bytes = toCsv(riskSheet([risk(title), risk('cr\r\nlf'), risk('Über-naïve')]));
    expect(bytes.toString('utf8')).toContain('"Réseau, ""phase 2""\nline"');
    expect(readCsv(bytes).map((record) => record[1])).toEqual(['Title', title, 'cr\r\nlf', 'Über-naïve']);
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula, not before numbers', () => {
    const titles = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', 'safe = fine'];
    const rows = titles.map((title, i) => risk(title, [-5, '-12.5', '=1+1', 0.5, null, Number.NaN, 3][i]!));
    const records = readCsv(toCsv(riskSheet(rows))).slice(1);
    expect(records.map((record) => record[1])).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\rcmd", 'safe = fine']);
    expect(records.map((record) => record[2])).toEqual(['-5', '-12.5', "'=1+1", '0.5', '', '', '3']);
  });

  it('guards the header too, and writes null as an empty field and false as no', () => {
    const sheet: TableSheet<{ flag: boolean }> = { name: 'x', columns: [{ header: '=Flag', value: (r) => r.flag }, { header: 'Nothing', value: () => null }], rows: [{ flag: false }] };
    expect(readCsv(toCsv(sheet))).toEqual([["'=Flag", 'Nothing'], ['no', '']]);
  });

  it('writes 10 000 rows', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => risk(`Risk ${i}, "quoted"`, i));
    const records = readCsv(toCsv(riskSheet(rows)));
    expect(records).toHaveLength(10_001);
    expect(records[10_000]![1]).toBe('Risk 9999, "quoted"');
  });
});

/** RFC 4180, strictly: quotes only around a whole field, CRLF after every record, nothing bare. */
function readCsv(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  if (!text.startsWith('\uFEFF')) throw new Error('no byte order mark');
  const records: string[][] = [];
  let record: string[] = [];
  let at = 1;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      const end = at + 1 + quotedBodyLength(text, at + 1);
      field = text.slice(at + 1, end).replaceAll('""', '"');
      at = end + 1;
    } else {
      while (at < text.length && !',\r\n"'.includes(text[at]!)) field += text[at++];
      if (text[at] === '"' || text[at] === '\n' || (text[at] === '\r' && text[at + 1] !== '\n')) throw new Error(`bare quote or line break at ${at}`);
    }
    record.push(field);
    if (text[at] === ',') at += 1;
    else if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
    } else throw new Error(`expected , or CRLF at ${at}`);
  }
  if (record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

/** Length of a quoted field's body starting at `from`: up to the first quote not doubled. */
function quotedBodyLength(text: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) throw new Error('unterminated quoted field');
    if (text[quote + 1] !== '"') return quote - from;
    at = quote + 2;
  }
}
