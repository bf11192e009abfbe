// The week as a grid: a row per task (and the project's own time), a column per day, totals per row
// and per day. Editable, it is made for the keyboard: a cell selects its text when entered, so
// typing replaces it (`7.5`, `7:30`); Tab moves along, the arrow keys move between cells (left and
// right once the caret is at the text's edge), Enter saves. Days in the locked period are read-only;
// a cell that is not hours and a day over 24 hours are marked. Read-only, it shows the approver the
// same grid.
import { ActionIcon, Table, Text, TextInput } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import { formatHours, formatTotal } from './hours.ts';
import { arrowTarget, dayTotals, isBadCell, overfullDays, rowLabel, rowTotal, type Arrow, type EditRow } from './grid-model.ts';
import { dayHeading } from './timesheet-labels.ts';

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

interface WeekGridProps {
  rows: readonly EditRow[];
  dates: readonly string[];
  editable: boolean;
  lockedThrough: string | null;
  onCellChange?: (row: number, day: number, text: string) => void;
  /** The cell was left: tidy what it holds. */
  onCellLeave?: (row: number, day: number) => void;
  onRemoveRow?: (row: number) => void;
  /** Enter in a cell. */
  onEnter?: () => void;
}

export function WeekGrid({ rows, dates, editable, lockedThrough, onCellChange, onCellLeave, onRemoveRow, onEnter }: WeekGridProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const totals = dayTotals(rows);
  const overfull = new Set(overfullDays(rows));
  const locked = (day: number) => lockedThrough !== null && dates[day]! <= lockedThrough;

  const focusCell = (row: number, day: number) => {
    const input = gridRef.current?.querySelector<HTMLInputElement>(`input[data-cell="${row}:${day}"]`);
    if (input && !input.disabled) input.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, day: number) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onCellLeave?.(row, day);
      onEnter?.();
      return;
    }
    if (!ARROWS.has(event.key)) return;
    const input = event.currentTarget;
    const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    if (event.key === 'ArrowLeft' && !whole && input.selectionStart !== 0) return;
    if (event.key === 'ArrowRight' && !whole && input.selectionEnd !== input.value.length) return;
    const target = arrowTarget(row, day, event.key as Arrow, rows.length);
    if (!target) return;
    event.preventDefault();
    focusCell(target.row, target.day);
  };

  return (
    <div ref={gridRef}>
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label="Week grid" verticalSpacing={4} withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Task</Table.Th>
              {dates.map((date, d) => (
                <Table.Th key={date} ta="right" w={92} c={locked(d) ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {dayHeading(date, d)}
                </Table.Th>
              ))}
              <Table.Th ta="right" w={92}>Total</Table.Th>
              {editable ? <Table.Th w={40} /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, r) => {
              const label = rowLabel(row);
              return (
                <Table.Tr key={row.key} data-row={label}>
                  <Table.Td>
                    <Text size="sm" fw={500} lineClamp={1}>{label}</Text>
                    <Text size="xs" c="dimmed" lineClamp={1}>{row.projectCode} · {row.projectName}</Text>
                  </Table.Td>
                  {row.cells.map((cell, d) => (
                    <Table.Td key={d} ta="right" p={4}>
                      {editable ? (
                        <TextInput
                          size="xs"
                          value={cell}
                          disabled={locked(d)}
                          error={isBadCell(cell)}
                          aria-label={`${label}, ${dayHeading(dates[d]!, d)}`}
                          aria-invalid={isBadCell(cell) || undefined}
                          inputMode="decimal"
                          autoComplete="off"
                          styles={{ input: { textAlign: 'right' } }}
                          data-cell={`${r}:${d}`}
                          onFocus={(e) => e.currentTarget.select()}
                          onChange={(e) => onCellChange?.(r, d, e.currentTarget.value)}
                          onBlur={() => onCellLeave?.(r, d)}
                          onKeyDown={(e) => onKeyDown(e, r, d)}
                        />
                      ) : (
                        <Text size="sm">{cell}</Text>
                      )}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" fw={600} fz="sm" data-testid="row-total">{formatTotal(rowTotal(row))}</Table.Td>
                  {editable ? (
                    <Table.Td p={4}>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Remove row ${label}`} disabled={row.cells.some((c, d) => locked(d) && c !== '')} onClick={() => onRemoveRow?.(r)}>
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={editable ? 10 : 9}>
                  <Text c="dimmed" ta="center" py="md">{editable ? 'No hours yet: add a row for a task below.' : 'No hours.'}</Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>Total</Table.Th>
              {totals.map((t, d) => (
                <Table.Th key={d} ta="right" c={overfull.has(d) ? 'red' : undefined} data-testid={`day-total-${d}`} title={overfull.has(d) ? 'More than 24 hours' : undefined}>
                  {formatHours(t) || '–'}
                </Table.Th>
              ))}
              <Table.Th ta="right" data-testid="week-total">{formatTotal(totals.reduce((s, t) => s + t, 0))}</Table.Th>
              {editable ? <Table.Th /> : null}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
