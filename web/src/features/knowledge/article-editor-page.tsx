// Writing an article (PMO): the Markdown text with a preview, its kind, status, summary, tags, owner,
// review date and the phases and gates it guides. Editing saves under If-Match with a change note;
// the text it replaces stays in the history.
import { useState } from 'react';
import { Button, Grid, Group, MultiSelect, Select, Stack, Tabs, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMethodologies } from '../../api/governance.ts';
import { useArticle, useCreateArticle, useUpdateArticle } from '../../api/knowledge.ts';
import type { Article, ArticleCreate } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { KIND_OPTIONS, linkOfPlace, placeOptions, placeValue } from './knowledge-view.ts';
import { MarkdownView } from './markdown-view.tsx';

type Draft = Required<Omit<ArticleCreate, 'links' | 'ownerId'>> & { ownerId: string | null; places: string[]; changeNote: string };

const STATUS_OPTIONS = [{ value: 'draft', label: 'Draft (PMO only)' }, { value: 'published', label: 'Published' }, { value: 'retired', label: 'Retired' }];

const draftOf = (a: Article | undefined, me: string): Draft => ({
  title: a?.title ?? '', kind: a?.kind ?? 'standard', status: a?.status ?? 'draft', summary: a?.summary ?? '', body: a?.body ?? '',
  tags: a?.tags ?? [], ownerId: a ? a.owner?.id ?? null : me, reviewDueOn: a?.reviewDueOn ?? null, places: a?.links.map(placeValue) ?? [], changeNote: '',
});

const editRoute = getRouteApi('/_app/knowledge/$articleId/edit');

export function NewArticlePage() {
  return <ArticleEditor article={undefined} />;
}

export function EditArticlePage() {
  const { articleId } = editRoute.useParams();
  const article = useArticle(articleId);
  if (article.isPending) return <Pending label="Loading article" />;
  if (article.error) return <ProblemAlert error={article.error} title="This article could not be shown" />;
  return <ArticleEditor key={article.data.version} article={article.data} />;
}

function ArticleEditor({ article }: { article: Article | undefined }) {
  const people = usePeopleOptions();
  const methodologies = useMethodologies();
  const navigate = useNavigate();
  const create = useCreateArticle();
  const update = useUpdateArticle(article?.id ?? '');
  const [draft, setDraft] = useState<Draft>(() => draftOf(article, ''));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const saving = create.isPending || update.isPending;

  const save = async () => {
    const { places, changeNote, ownerId, ...fields } = draft;
    const links = places.map(linkOfPlace);
    const saved = article
      ? await update.mutateAsync({ version: article.version, patch: { ...fields, ownerId, links, ...(changeNote.trim() && { changeNote }) } })
      : await create.mutateAsync({ ...fields, links, ...(ownerId && { ownerId }) });
    await navigate({ to: '/knowledge/$articleId', params: { articleId: saved.id } });
  };

  return (
    <Stack gap="md">
      <PageHeader title={article ? `Edit ${article.code}` : 'New article'} subtitle="Markdown: # headings, **bold**, lists, [links](https://…), tables. HTML is not run." />
      <ProblemAlert error={create.error ?? update.error} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="sm">
            <TextInput label="Title" required value={draft.title} onChange={(e) => set('title', e.currentTarget.value)} />
            <TextInput label="Summary" description="One line shown in lists." value={draft.summary} onChange={(e) => set('summary', e.currentTarget.value)} />
            <Tabs defaultValue="write">
              <Tabs.List><Tabs.Tab value="write">Write</Tabs.Tab><Tabs.Tab value="preview">Preview</Tabs.Tab></Tabs.List>
              <Tabs.Panel value="write" pt="xs">
                <Textarea aria-label="Text" autosize minRows={16} maxRows={40} ff="monospace" value={draft.body} onChange={(e) => set('body', e.currentTarget.value)} />
              </Tabs.Panel>
              <Tabs.Panel value="preview" pt="xs">{draft.body.trim() ? <MarkdownView text={draft.body} label="Preview" /> : <Text c="dimmed">Nothing written yet.</Text>}</Tabs.Panel>
            </Tabs>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="sm">
            <Select label="Kind" data={KIND_OPTIONS} value={draft.kind} allowDeselect={false} onChange={(v) => v && set('kind', v as Draft['kind'])} />
            <Select label="Status" data={STATUS_OPTIONS} value={draft.status} allowDeselect={false} onChange={(v) => v && set('status', v as Draft['status'])} />
            <TagsInput label="Tags" value={draft.tags} onChange={(v) => set('tags', v)} />
            <Select label="Owner" searchable clearable data={people} value={draft.ownerId} onChange={(v) => set('ownerId', v)} placeholder={article ? 'Nobody' : 'You'} />
            <TextInput label="Review by" type="date" value={draft.reviewDueOn ?? ''} onChange={(e) => set('reviewDueOn', e.currentTarget.value || null)} />
            <MultiSelect label="Guidance for" description="Phases and gates whose projects are shown this article." searchable clearable
              data={placeOptions(methodologies.data ?? [])} value={draft.places} onChange={(v) => set('places', v)} />
            {article ? <TextInput label="Change note" description="What this save changes; kept in the history." value={draft.changeNote} onChange={(e) => set('changeNote', e.currentTarget.value)} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void navigate(article ? { to: '/knowledge/$articleId', params: { articleId: article.id } } : { to: '/knowledge' })}>Cancel</Button>
              <Button loading={saving} disabled={!draft.title.trim() || !draft.body.trim()} onClick={() => void save().catch(() => undefined)}>Save</Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
