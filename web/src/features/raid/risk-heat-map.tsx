// The risk heat map: probability (rows, highest on top) × impact (columns), each cell in its band's
// colour with the number of risks in it. A cell is a button that narrows the risk grid to that
// rating, so the numbers behind the chart are one click away. It is a plain HTML table whose cells
// say what they hold ("Probability 4 Likely, impact 5 Severe: 2 risks") for screen readers and tests.
import { Badge, Card, Group, SegmentedControl, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useRiskHeatMap } from '../../api/raid.ts';
import type { HeatMapQuery } from '../../api/types.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { heatGrid, readableOn, type HeatCell } from './risk-matrix-view.ts';

export type RatingKind = 'inherent' | 'residual';

interface RiskHeatMapProps {
  /** Whose risks: a project, a program, a portfolio, or (empty) all I can see. */
  scope: Pick<HeatMapQuery, 'projectId' | 'portfolioId' | 'programId'>;
  /** Comma-separated statuses to count (default: open). */
  status?: string | undefined;
  rating: RatingKind;
  onRatingChange: (rating: RatingKind) => void;
  selected?: { probability?: number | undefined; impact?: number | undefined } | undefined;
  /** A click on a cell; a click on the selected cell again clears the selection (null). */
  onSelect: (cell: { probability: number; impact: number } | null) => void;
}

/** Every impact column gets this width (labels wrap), so cells are the same size. */
const CELL = 72;

export function RiskHeatMap({ scope, status, rating, onRatingChange, selected, onSelect }: RiskHeatMapProps) {
  const heatMap = useRiskHeatMap({ ...scope, rating, ...(status ? { status } : {}) });
  const isSelected = (cell: HeatCell) => selected?.probability === cell.probability.value && selected?.impact === cell.impact.value;

  return (
    <Card withBorder radius="md" padding="md" style={{ alignSelf: 'flex-start', maxWidth: '100%' }}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <div>
          <Title order={2} size="h4">
            Heat map
          </Title>
          <Text size="sm" c="dimmed" aria-live="polite">
            {heatMap.data ? `${heatMap.data.total} ${status ? '' : 'open '}risk${heatMap.data.total === 1 ? '' : 's'}, ${rating} rating` : ' '}
          </Text>
        </div>
        <SegmentedControl
          aria-label="Rating"
          size="xs"
          value={rating}
          onChange={(value) => onRatingChange(value === 'residual' ? 'residual' : 'inherent')}
          data={[
            { value: 'inherent', label: 'Inherent' },
            { value: 'residual', label: 'Residual' },
          ]}
        />
      </Group>
      <ProblemAlert error={heatMap.error} title="The heat map could not be shown" />
      {heatMap.isPending ? <Pending label="Loading heat map" /> : null}
      {heatMap.data ? (
        <>
          <HeatTable grid={heatGrid(heatMap.data)} rating={rating} isSelected={isSelected} onSelect={onSelect} />
          <Group gap={6} mt="xs">
            {heatMap.data.matrix.bands.map((band) => (
              <Badge key={band.key} size="sm" color={band.color} autoContrast>
                {band.label} · score {band.minScore}+
              </Badge>
            ))}
          </Group>
        </>
      ) : null}
    </Card>
  );
}

interface HeatTableProps {
  grid: ReturnType<typeof heatGrid>;
  rating: RatingKind;
  isSelected: (cell: HeatCell) => boolean;
  onSelect: RiskHeatMapProps['onSelect'];
}

function HeatTable({ grid, rating, isSelected, onSelect }: HeatTableProps) {
  return (
    <Table.ScrollContainer minWidth={CELL * (grid.columns.length + 2)}>
      <Table aria-label={`Risk heat map (${rating})`} withTableBorder={false} style={{ borderCollapse: 'separate', borderSpacing: 3, width: 'auto' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th fz="xs" c="dimmed" style={{ verticalAlign: 'bottom' }}>
              Probability ↓ · Impact →
            </Table.Th>
            {grid.columns.map((impact) => (
              <Table.Th key={impact.value} scope="col" fz="xs" ta="center" w={CELL} title={impact.description}>
                {impact.value} {impact.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grid.rows.map((row) => (
            <Table.Tr key={row.level.value}>
              <Table.Th scope="row" fz="xs" style={{ whiteSpace: 'nowrap' }} title={row.level.description}>
                {row.level.value} {row.level.label}
              </Table.Th>
              {row.cells.map((cell) => (
                <Table.Td key={cell.impact.value} p={0}>
                  <HeatCellButton cell={cell} selected={isSelected(cell)} onClick={() => onSelect(isSelected(cell) ? null : { probability: cell.probability.value, impact: cell.impact.value })} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function HeatCellButton({ cell, selected, onClick }: { cell: HeatCell; selected: boolean; onClick: () => void }) {
  const color = cell.band?.color ?? '#adb5bd';
  const empty = cell.count === 0;
  return (
    <UnstyledButton
      aria-label={cell.label}
      aria-pressed={selected}
      title={`${cell.label} (score ${cell.score}${cell.band ? `, ${cell.band.label}` : ''})`}
      onClick={onClick}
      data-count={cell.count}
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: '100%',
        minWidth: CELL,
        height: 44,
        borderRadius: 4,
        background: color,
        opacity: empty ? 0.35 : 1,
        color: readableOn(color),
        fontWeight: 700,
        fontSize: 'var(--mantine-font-size-lg)',
        outline: selected ? '3px solid var(--mantine-color-dark-7)' : undefined,
        outlineOffset: 1,
      }}
    >
      {empty ? '' : cell.count}
    </UnstyledButton>
  );
}
