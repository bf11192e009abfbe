// One article: its text rendered from Markdown, who owns it and when it is reviewed, where it is
// linked as guidance, and its history — every saved version, each readable as it was. Edit for the PMO.
import { Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useArticle, useArticleHistory } from '../../api/knowledge.ts';
import type { Article } from '../../api/types.ts';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { ArticleBadges } from './article-badges.tsx';
import { MarkdownView } from './markdown-view.tsx';

const route = getRouteApi('/_app/knowledge/$articleId');

export function ArticlePage() {
  const { articleId } = route.useParams();
  const article = useArticle(articleId);
  if (article.isPending) return <Pending label="Loading article" />;
  if (article.error) return <ProblemAlert error={article.error} title="This article could not be shown" />;
  return <ArticleView article={article.data} />;
}

function ArticleView({ article }: { article: Article }) {
  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{article.code}</Text>{article.title}</>}
        badges={<ArticleBadges article={article} />}
        subtitle={<><AnchorLink to="/knowledge" fz="sm">Knowledge base</AnchorLink>{article.summary ? ` · ${article.summary}` : ''}</>}
        actions={article.canEdit ? <ButtonLink to="/knowledge/$articleId/edit" params={{ articleId: article.id }}>Edit</ButtonLink> : null}
      />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder radius="md" padding="lg"><MarkdownView text={article.body} label="Article text" /></Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="md">
              <Stack gap={4}>
                <Text size="sm">Owner: {article.owner?.name ?? 'nobody'}</Text>
                <Text size="sm">Review by: {article.reviewDueOn ? formatDate(article.reviewDueOn) : 'not scheduled'}</Text>
                <Text size="sm">Tags: {article.tags.length > 0 ? article.tags.join(', ') : 'none'}</Text>
                <Text size="sm" c="dimmed">Version {article.version}, saved {formatInstant(article.updatedAt)}{article.updatedBy ? ` by ${article.updatedBy.name}` : ''}</Text>
              </Stack>
            </Card>
            <Card withBorder radius="md" padding="md" aria-label="Linked from">
              <Title order={2} size="h5" mb="xs">Guidance for</Title>
              {article.links.length === 0 ? <Text size="sm" c="dimmed">Not linked to any phase or gate.</Text> : (
                <Stack gap={2}>{article.links.map((l) => <Text size="sm" key={`${l.methodologyKey}/${l.phaseKey}/${l.gateKey}`}>{l.placeName} <Text span c="dimmed" size="xs">· {l.methodologyName}</Text></Text>)}</Stack>
              )}
            </Card>
            <History article={article} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function History({ article }: { article: Article }) {
  const history = useArticleHistory(article.id);
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} size="h5" mb="xs">History</Title>
      <ProblemAlert error={history.error} />
      <Table aria-label="History" verticalSpacing={4}>
        <Table.Tbody>
          {(history.data?.items ?? []).map((v) => (
            <Table.Tr key={v.version}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <AnchorLink to="/knowledge/$articleId/versions/$version" params={{ articleId: article.id, version: String(v.version) }}>v{v.version}</AnchorLink>
                  <Text size="xs" c="dimmed">{formatInstant(v.savedAt)}{v.savedBy ? ` · ${v.savedBy.name}` : ''}</Text>
                </Group>
                {v.changeNote ? <Text size="xs">{v.changeNote}</Text> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
