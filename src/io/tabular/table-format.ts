// The export formats a register offers, with what an HTTP answer or a saved file needs for each, so
// routes and the CLI list and label them the same way.

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export interface TableFileType {
  readonly contentType: string;
  /** Without the dot: 'csv', 'xlsx'. */
  readonly extension: string;
}

const FILE_TYPES = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
} as const satisfies Record<TableFormat, TableFileType>;

/**
 * The media type and file extension of an export format.
 *
 * @example
 * const { contentType, extension } = tableFileType('xlsx');
 * reply.type(contentType).header('content-disposition', `attachment; filename="risks.${extension}"`);
 */
export function tableFileType(format: TableFormat): TableFileType {
  return FILE_TYPES[format];
}
