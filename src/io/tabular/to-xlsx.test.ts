// XLSX exports loaded back with exceljs show what a user opening them in Excel sees: a bold frozen
// filtered header, real dates and numbers in their formats, formulas nowhere, safe sheet names.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TableSheet } from './table-sheet.ts';
import { toXlsx } from './to-xlsx.ts';

interface Action {
  readonly title: string;
  readonly effort: number | string;
  readonly due: string | null;
  readonly start: string;
  readonly done: number;
  readonly cost: number;
  readonly open: boolean;
}

const actions = (rows: Action[], name = 'Actions'): TableSheet<Action> => ({
  name,
  title: 'Portfolio actions',
  columns: [
    { header: 'Title', value: (r) => r.title },
    { header: 'Effort', value: (r) => r.effort, kind: 'number', width: 9 },
    { header: 'Due', value: (r) => r.due, kind: 'date' },
    { header: 'Start', value: (r) => r.start, kind: 'datetime' },
    { header: 'Done', value: (r) => r.done, kind: 'percent' },
    { header: 'Cost', value: (r) => r.cost, kind: 'money' },
    { header: 'Open', value: (r) => r.open },
  ],
  rows,
});

const action = (title: string, extra: Partial<Action> = {}): Action => ({ title, effort: 3, due: '2026-03-02', start: '2026-03-02T08:30', done: 0.25, cost: 1234.5, open: true, ...extra });

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('toXlsx', () => {
  it('writes a bold, frozen header row with an autofilter over the data', async () => {
    const workbook = await load(await toXlsx([actions([action('One'), action('Two')])]));
    const sheet = workbook.getWorksheet('Actions')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Title', 'Effort', 'Due', 'Start', 'Done', 'Cost', 'Open']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').font?.bold).not.toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:G3');
    expect(sheet.rowCount).toBe(3);
    expect(workbook.title).toBe('Portfolio actions');
  });

  it('stores dates as Excel dates at the same wall-clock time, numbers as numbers, with formats', async () => {
    const workbook = await load(await toXlsx([actions([action('Réseau, "phase 2"\nline', { effort: '-12.5' })])]));
    const row = workbook.worksheets[0]!.getRow(2);
    expect(row.getCell(1).value).toBe('Réseau, "phase 2"\nline');
    expect(row.getCell(2).value).toBe(-12.5);
    const due = row.getCell(3).value as Date;
    const start = row.getCell(4).value as Date;
    expect(due).toBeInstanceOf(Date);
    expect(due.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect([start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()]).toEqual([2026, 3, 2, 8, 30]);
    expect([3, 4, 5, 6].map((column) => row.getCell(column).numFmt)).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd hh:mm', '0%', '#,##0.00']);
    expect(row.getCell(5).value).toBe(0.25);
    expect(row.getCell(6).value).toBe(1234.5);
    expect(row.getCell(7).value).toBe(true);
  });

  it('stores text starting with = as a string, never a formula, and bad dates as text', async () => {
    const workbook = await load(await toXlsx([actions([action('=cmd|" /C calc"!A0', { due: '2026-02-30', effort: '=1+1' }), action('empty', { due: null })])]));
    const sheet = workbook.worksheets[0]!;
    for (const address of ['A2', 'B2']) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).formula).toBeUndefined();
    }
    expect(sheet.getCell('A2').value).toBe('=cmd|" /C calc"!A0');
    expect(sheet.getCell('C2').value).toBe('2026-02-30');
    expect(sheet.getCell('C3').type).toBe(ExcelJS.ValueType.Null);
  });

  it('sizes columns from the given width or the content, capped at 60', async () => {
    const workbook = await load(await toXlsx([actions([action('x'.repeat(200)), action('short')]), actions([action('short')], 'Short')]));
    const [long, short] = workbook.worksheets;
    expect(long!.getColumn(1).width).toBe(60);
    expect(long!.getColumn(2).width).toBeCloseTo(9, 1);
    expect(long!.getColumn(3).width).toBe(12);
    expect(long!.getColumn(4).width).toBe(18);
    expect(short!.getColumn(1).width).toBeCloseTo(9, 1); // 'Title' plus room for the filter arrow
  });

  it('makes sheet names Excel accepts, unique ignoring case', async () => {
    const wanted = ['Risks', 'RISKS', 'Q1: actions/issues?', '[Decisions] *draft*', 'A register name far longer than thirty-one characters', 'A register name far longer than thirty-one characters', 'History', "'Quoted'", '::'];
    const workbook = await load(await toXlsx(wanted.map((name) => actions([], name))));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Risks',
      'RISKS (2)',
      'Q1 actions issues',
      'Decisions draft',
      'A register name far longer than',
      'A register name far longer (2)',
      'History (2)',
      'Quoted',
      'Sheet',
    ]);
    expect(workbook.worksheets[0]!.autoFilter).toBe('A1:G1');
  });

  it('gives the same bytes for the same input whatever the clock says', async () => {
    const sheets = [actions([action('One')])];
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
    const first = await toXlsx(sheets);
    vi.setSystemTime(new Date('2031-07-15T17:43:12Z'));
    const second = await toXlsx(sheets);
    expect(second.equals(first)).toBe(true);
    const created = new Date('2026-05-04T12:00:00Z');
    const dated = await load(await toXlsx(sheets, { created }));
    expect(dated.created).toEqual(created);
    expect(dated.modified).toEqual(created);
  });

  it('writes 10 000 rows', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => action(`Action ${i}`, { effort: i }));
    const sheet = (await load(await toXlsx([actions(rows)]))).worksheets[0]!;
    expect(sheet.rowCount).toBe(10_001);
    expect(sheet.getCell('B10001').value).toBe(9999);
    expect(sheet.autoFilter).toBe('A1:G10001');
  });

  it('refuses a workbook without sheets, which Excel cannot open', async () => {
    await expect(toXlsx([])).rejects.toThrow(RangeError);
  });
});
