// "Export XLSX" and "Export CSV" links for a register's page header, the same on every page: plain
// links with `download`, so the browser saves the file the server names.
import { Button } from '@mantine/core';
import type { ExportFormat } from '../api/exports.ts';

interface ExportButtonsProps {
  /** The export's address in each format (see api/exports.ts). */
  href: (format: ExportFormat) => string;
  /** What the CSV holds when it is less than the XLSX (one sheet of several), e.g. "Risks". */
  csvScope?: string;
  size?: 'xs' | 'sm';
}

export function ExportButtons({ href, csvScope, size = 'sm' }: ExportButtonsProps) {
  return (
    <>
      <Button component="a" variant="default" size={size} href={href('xlsx')} download>
        Export XLSX
      </Button>
      <Button component="a" variant="default" size={size} href={href('csv')} download>
        {csvScope ? `Export CSV (${csvScope})` : 'Export CSV'}
      </Button>
    </>
  );
}
