// The knowledge base: articles searched by title, tags and text, narrowed by kind or a tag, with late
// reviews flagged (and counted for the PMO); "New article" for the PMO.
import { useState } from 'react';
import { Badge, Card, Chip, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useArticles } from '../../api/knowledge.ts';
import type { ArticleListQuery, ArticleSummary } from '../../api/types.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { ArticleBadges } from './article-badges.tsx';
import { KIND_OPTIONS } from './knowledge-view.ts';


export function KnowledgePage() {
  const user = useCurrentUser();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const [kind, setKind] = useState<ArticleListQuery['kind'] | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const query: ArticleListQuery = { ...(q && { q }), ...(kind && { kind }), ...(tag && { tag }), ...(overdueOnly && { reviewState: 'overdue' as const }) };
  const list = useArticles(query);
  const mayWrite = canEditRegister(user);

  return (
    <Stack gap="md">
      <PageHeader
        title="Knowledge base"
        subtitle="The PMO's standards, guidelines, best practices and templates."
        actions={mayWrite ? <ButtonLink to="/knowledge/new">New article</ButtonLink> : null}
      />
      <Group align="flex-end">
        <TextInput label="Search" placeholder="Words in the title, tags or text" value={text} onChange={(e) => setText(e.currentTarget.value)} w={320} />
        <Select label="Kind" placeholder="Any" clearable data={KIND_OPTIONS} value={kind ?? null} onChange={(v) => setKind(v as ArticleListQuery['kind'] | null)} w={180} />
        {list.data && list.data.overdue > 0 ? (
          <Chip checked={overdueOnly} onChange={setOverdueOnly} color="red">{list.data.overdue} review{list.data.overdue === 1 ? '' : 's'} overdue</Chip>
        ) : null}
      </Group>
      {list.data && list.data.tags.length > 0 ? (
        <Group gap={6} aria-label="Tags">
          {list.data.tags.slice(0, 30).map((t) => (
            <Badge key={t.tag} variant={tag === t.tag ? 'filled' : 'outline'} style={{ cursor: 'pointer' }} onClick={() => setTag(tag === t.tag ? null : t.tag)}>
              {t.tag} · {t.count}
            </Badge>
          ))}
        </Group>
      ) : null}
      <ProblemAlert error={list.error} />
      {list.isPending ? <Pending label="Loading articles" /> : list.data!.items.length === 0 ? (
        <Text c="dimmed">No article matches.{mayWrite ? ' Write one with New article.' : ''}</Text>
      ) : <ArticleTable items={list.data!.items} />}
    </Stack>
  );
}

function ArticleTable({ items }: { items: readonly ArticleSummary[] }) {
  return (
    <Card withBorder padding={0} radius="md">
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label="Articles" striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr><Table.Th>Article</Table.Th><Table.Th>What</Table.Th><Table.Th>Tags</Table.Th><Table.Th>Owner</Table.Th><Table.Th>Review by</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <AnchorLink to="/knowledge/$articleId" params={{ articleId: a.id }}>{a.title}</AnchorLink>
                  {a.summary ? <Text size="xs" c="dimmed" lineClamp={1}>{a.summary}</Text> : null}
                </Table.Td>
                <Table.Td><ArticleBadges article={a} /></Table.Td>
                <Table.Td><Text size="sm">{a.tags.join(', ')}</Text></Table.Td>
                <Table.Td>{a.owner?.name ?? '—'}</Table.Td>
                <Table.Td>{a.reviewDueOn ? formatDate(a.reviewDueOn) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
