// A performance index (CPI, SPI, SPI(t)) in its colour, with the colour's word for those who do
// not see it: red below 0.9, amber up to 1, green from 1, grey where there is nothing to judge.
import { Badge } from '@mantine/core';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatRatio, INDEX_COLOURS, indexColour } from './evm-view.ts';

export function IndexBadge({ label, value }: { label: string; value: number | null }) {
  const colour = indexColour(value);
  const meta = INDEX_COLOURS[colour];
  return (
    <Badge style={BADGE_STYLE} color={meta.color} variant={colour === 'grey' ? 'outline' : 'filled'} radius="sm" size="lg" data-colour={colour} aria-label={`${label} ${formatRatio(value)} (${meta.label.toLowerCase()})`} title={meta.label}>
      {formatRatio(value)}
    </Badge>
  );
}
