// An article as it was saved at one version, read-only, with a way back to the article as it stands.
import { Alert, Badge, Card, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useArticleVersion } from '../../api/knowledge.ts';
import { formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { MarkdownView } from './markdown-view.tsx';

const route = getRouteApi('/_app/knowledge/$articleId/versions/$version');

export function ArticleVersionPage() {
  const { articleId, version } = route.useParams();
  const saved = useArticleVersion(articleId, Number(version));
  if (saved.isPending) return <Pending label="Loading version" />;
  if (saved.error) return <ProblemAlert error={saved.error} title="This version could not be shown" />;
  const v = saved.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{v.code} v{v.version}</Text>{v.title}</>}
        badges={<Badge variant="light">{v.status}</Badge>}
        subtitle={<>Saved {formatInstant(v.savedAt)}{v.savedBy ? ` by ${v.savedBy.name}` : ''}{v.changeNote ? ` · ${v.changeNote}` : ''}</>}
      />
      {v.current ? null : (
        <Alert color="yellow" title="An earlier version">
          This is how the article read at version {v.version}. <AnchorLink to="/knowledge/$articleId" params={{ articleId }}>Read it as it stands</AnchorLink>.
        </Alert>
      )}
      <Card withBorder radius="md" padding="lg"><MarkdownView text={v.body} label="Version text" /></Card>
    </Stack>
  );
}
