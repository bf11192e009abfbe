// The badge saying whether a library item is built-in, a built-in the PMO edited, or the PMO's own.
import { Badge } from '@mantine/core';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { ORIGIN_META, libraryOrigin } from './library-origin.ts';

export function OriginBadge({ item }: { item: { builtIn: boolean; version: number } }) {
  const origin = libraryOrigin(item);
  const meta = ORIGIN_META[origin];
  return (
    <Badge style={BADGE_STYLE} variant="light" color={meta.color} data-origin={origin}>
      {meta.label}
    </Badge>
  );
}
