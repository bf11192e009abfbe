// A RAG colour as a badge, the same everywhere: "Red", "Amber", "Green", or "Not assessed" in grey.
import { Badge } from '@mantine/core';
import type { RagColour } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { RAG } from './status-labels.ts';

export function RagBadge({ colour, prefix, size = 'md' }: { colour: RagColour | null; prefix?: string; size?: 'sm' | 'md' | 'lg' }) {
  if (!colour) return <Badge style={BADGE_STYLE} color="gray" variant="outline" size={size}>{prefix ? `${prefix}: live` : 'Live'}</Badge>;
  const { label, color } = RAG[colour];
  return (
    <Badge style={BADGE_STYLE} color={color} variant={colour === 'grey' ? 'light' : 'filled'} size={size} data-colour={colour}>
      {prefix ? `${prefix}: ${label}` : label}
    </Badge>
  );
}
