// The register's columns after code and name (the RAID grid draws them): who they are, the grid
// scores and quadrant, engagement now → wanted with the gap, how to reach them, and their status.
// A stakeholder without an address is flagged: communications cannot reach them by e-mail.
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Quadrant, Stakeholder } from '../../api/stakeholders.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import type { RaidColumn } from '../raid/raid-table.tsx';
import { CATEGORY_LABELS, ENGAGEMENT_LABELS, QUADRANT_META, STAKEHOLDER_STATUS_LABELS } from './stakeholder-labels.ts';
import { gapText } from './stakeholder-view.ts';

export function QuadrantBadge({ quadrant }: { quadrant: Quadrant }) {
  const meta = QUADRANT_META[quadrant];
  return <Badge style={BADGE_STYLE} variant="light" color={meta.color} title={meta.hint}>{meta.label}</Badge>;
}

export function NoAddressBadge() {
  return <Badge style={BADGE_STYLE} size="sm" variant="outline" color="orange" title="No e-mail address: e-mailed communications cannot reach them">No e-mail</Badge>;
}

const dimmed = (text: string) => (text ? <Text span fz="xs" c="dimmed">{text}</Text> : null);

export const stakeholderColumns: RaidColumn<Stakeholder>[] = [
  {
    key: 'who',
    label: 'Organisation / role',
    cell: (s) => (
      <Stack gap={0}>
        <Text span fz="sm">{s.organisation || '—'}</Text>
        {dimmed(s.role)}
      </Stack>
    ),
  },
  { key: 'category', label: 'Category', sort: 'category', cell: (s) => CATEGORY_LABELS[s.category] },
  { key: 'influence', label: 'Influence', sort: 'influence', align: 'right', cell: (s) => s.influence },
  { key: 'interest', label: 'Interest', sort: 'interest', align: 'right', cell: (s) => s.interest },
  { key: 'quadrant', label: 'Quadrant', cell: (s) => <QuadrantBadge quadrant={s.quadrant} /> },
  {
    key: 'engagement',
    label: 'Engagement',
    sort: 'gap',
    cell: (s) => (
      <Stack gap={0} data-engagement={`${s.engagementCurrent}>${s.engagementDesired}`}>
        <Text span fz="sm" style={{ whiteSpace: 'nowrap' }}>
          {ENGAGEMENT_LABELS[s.engagementCurrent]} → {ENGAGEMENT_LABELS[s.engagementDesired]}
        </Text>
        <Text span fz="xs" c={s.engagementGap > 0 ? 'orange.8' : 'dimmed'}>{gapText(s.engagementGap)}</Text>
      </Stack>
    ),
  },
  {
    key: 'contact',
    label: 'Contact',
    cell: (s) => (
      <Stack gap={0}>
        {s.contactEmail ? <Text span fz="sm">{s.contactEmail}</Text> : <Group><NoAddressBadge /></Group>}
        {dimmed(s.phone)}
      </Stack>
    ),
  },
  {
    key: 'status',
    label: 'Status',
    sort: 'status',
    cell: (s) => <Badge style={BADGE_STYLE} variant="light" color={s.status === 'active' ? 'teal' : 'gray'}>{STAKEHOLDER_STATUS_LABELS[s.status]}</Badge>,
  },
];
