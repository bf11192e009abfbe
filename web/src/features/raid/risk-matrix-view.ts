// The PMO's risk matrix as the screens show it: level labels for selects ("4 – Likely"), the band
// of a score with its colour, a text colour readable on that band, and the heat map's grid (rows of
// probability from highest to lowest, columns of impact) with the sentence a screen reader reads.
// Pure, so the layout and the wording are unit-tested.
import type { HeatMap, RiskMatrix } from '../../api/types.ts';

type Band = RiskMatrix['bands'][number];
type Level = RiskMatrix['probability'][number];

/** "4 – Likely" */
export const levelLabel = (level: Level): string => `${level.value} – ${level.label}`;

/** Select options of one axis of the matrix, values as strings. */
export const levelOptions = (levels: readonly Level[]): { value: string; label: string }[] =>
  levels.map((level) => ({ value: String(level.value), label: levelLabel(level) }));

/** The band a score falls in: the last band whose minimum it reaches (bands ascend). */
export function bandOfScore(matrix: Pick<RiskMatrix, 'bands'>, score: number): Band | undefined {
  let found: Band | undefined = matrix.bands[0];
  for (const band of matrix.bands) if (score >= band.minScore) found = band;
  return found;
}

export const bandByKey = (matrix: Pick<RiskMatrix, 'bands'>, key: string | null | undefined): Band | undefined =>
  key ? matrix.bands.find((b) => b.key === key) : undefined;

/**
 * Black or white text for a #rrggbb background, by its WCAG relative luminance with Mantine's
 * autoContrast threshold (0.3), so heat-map cells and band badges pick the same text colour.
 */
export function readableOn(hex: string): '#000000' | '#ffffff' {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return '#000000';
  const n = Number.parseInt(match[1]!, 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return luminance > 0.3 ? '#000000' : '#ffffff';
}

export interface HeatCell {
  probability: Level;
  impact: Level;
  score: number;
  count: number;
  band: Band | undefined;
  /** "Probability 4 Likely, impact 5 Severe: 2 risks" */
  label: string;
}

export interface HeatGrid {
  /** Impact levels, lowest first (the columns, left to right). */
  columns: Level[];
  /** Probability levels, highest first (the rows, top to bottom), each with its cells. */
  rows: { level: Level; cells: HeatCell[] }[];
}

export const cellLabel = (probability: Level, impact: Level, count: number): string =>
  `Probability ${probability.value} ${probability.label}, impact ${impact.value} ${impact.label}: ${count} risk${count === 1 ? '' : 's'}`;

/** The grid of a heat map: every cell of the matrix, counted or not, coloured by its band. */
export function heatGrid(heatMap: Pick<HeatMap, 'matrix' | 'cells'>): HeatGrid {
  const { matrix } = heatMap;
  const served = new Map(heatMap.cells.map((c) => [`${c.probability}×${c.impact}`, c]));
  const columns = [...matrix.impact].sort((a, b) => a.value - b.value);
  const rows = [...matrix.probability]
    .sort((a, b) => b.value - a.value)
    .map((p) => ({
      level: p,
      cells: columns.map((i) => {
        const cell = served.get(`${p.value}×${i.value}`);
        const count = cell?.count ?? 0;
        const score = cell?.score ?? p.value * i.value;
        const band = bandByKey(matrix, cell?.band) ?? bandOfScore(matrix, score);
        return { probability: p, impact: i, score, count, band, label: cellLabel(p, i, count) };
      }),
    }));
  return { columns, rows };
}
