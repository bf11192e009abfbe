// One grid for every RAID log: code and title first, then the columns each log describes
// (raid-columns.tsx, risk-columns.tsx). Headers of
// sortable columns are buttons that ask the server for that order (aria-sort on the header), and a
// row opens its item's form (click anywhere on it, or the title button from the keyboard).
import { Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

export interface RaidColumn<T> {
  key: string;
  label: string;
  /** The server's sort field, when the column sorts. */
  sort?: string;
  cell: (item: T) => ReactNode;
  align?: 'right';
}

interface RaidTableProps<T> {
  label: string;
  items: readonly T[];
  columns: readonly RaidColumn<T>[];
  directionOf: (column: string) => 'ascending' | 'descending' | 'none';
  onSort: (column: string) => void;
  onOpen: (item: T) => void;
  empty: string;
  /** The heading of the title column (a register of people says "Name"). */
  titleLabel?: string;
}

const ARROWS = { ascending: ' ▲', descending: ' ▼', none: '' } as const;

export function RaidTable<T extends { id: string; code: string; title: string }>({ label, items, columns: own, directionOf, onSort, onOpen, empty, titleLabel = 'Title' }: RaidTableProps<T>) {
  const columns: RaidColumn<T>[] = [
    { key: 'code', label: 'Code', sort: 'code', cell: (item) => <Text span ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>{item.code}</Text> },
    { key: 'title', label: titleLabel, sort: 'title', cell: (item) => <TitleButton title={item.title} onOpen={() => onOpen(item)} /> },
    ...own,
  ];
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              if (!column.sort) return <Table.Th key={column.key} ta={column.align}>{column.label}</Table.Th>;
              const direction = directionOf(column.sort);
              const sort = column.sort;
              return (
                <Table.Th key={column.key} aria-sort={direction} ta={column.align} style={{ whiteSpace: 'nowrap' }}>
                  <UnstyledButton onClick={() => onSort(sort)} fw={700} fz="sm" aria-label={`Sort by ${column.label}`}>
                    {column.label}
                    {ARROWS[direction]}
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-raid-row={item.code} onClick={() => onOpen(item)} style={{ cursor: 'pointer' }}>
              {columns.map((column) => (
                <Table.Td key={column.key} fz="sm" ta={column.align}>
                  {column.cell(item)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          {items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text c="dimmed" ta="center" py="md">
                  {empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The title cell: a button, so a keyboard can open the item too (the row's click does the same). */
function TitleButton({ title, onOpen }: { title: string; onOpen: () => void }) {
  return (
    <UnstyledButton
      fz="sm"
      fw={500}
      ta="left"
      onClick={(event) => {
        event.stopPropagation();
        onOpen();
      }}
    >
      {title}
    </UnstyledButton>
  );
}
