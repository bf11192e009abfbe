// Every export format has the media type and extension a browser or file manager expects.
import { describe, expect, it } from 'vitest';
import { TABLE_FORMATS, tableFileType } from './table-format.ts';

describe('tableFileType', () => {
  it('labels every format', () => {
    expect(TABLE_FORMATS.map(tableFileType)).toEqual([
      { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
      { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
    ]);
  });
});
