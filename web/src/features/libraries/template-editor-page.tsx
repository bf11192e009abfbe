// The template editor's two pages: editing one as JSON (built-in or the PMO's own, under its key)
// and a new one, blank or duplicated from another; both with a preview of the WBS and documents as
// the text stands. Both go back to the library's templates once saved. PMO and administrators only.
import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useSaveTemplate, useTemplate, useTemplates } from '../../api/templates.ts';
import type { TemplateBody } from '../../api/types.ts';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { editableJson } from './json-body.ts';
import { JsonLibraryEditor } from './json-library-editor.tsx';
import { suggestKey, uniqueKey } from './library-keys.ts';
import { LibrariesNotAllowed } from './not-allowed.tsx';
import { OriginBadge } from './origin-badge.tsx';
import { TemplatePreview } from './template-preview.tsx';

const editRoute = getRouteApi('/_app/settings/libraries/templates/$key/edit');
const newRoute = getRouteApi('/_app/settings/libraries/templates/new');

const BLANK: TemplateBody = {
  name: '',
  description: '',
  methodologyKey: 'predictive',
  wbs: [
    { ref: '1', name: 'Start', outlineLevel: 1, durationDays: 0, milestone: true, predecessors: [] },
    { ref: '2', name: 'First task', outlineLevel: 1, durationDays: 5, milestone: false, predecessors: [{ ref: '1', type: 'FS', lagDays: 0 }] },
  ],
  registers: { risks: [], assumptions: [], actions: [] },
  documents: [],
};
const backLink = <ButtonLink to="/settings/libraries" search={{ tab: 'templates' }} variant="default">Libraries</ButtonLink>;
const preview = (body: Record<string, unknown> | null) => <TemplatePreview body={body} />;

function useTemplateEditing() {
  const navigate = useNavigate();
  const save = useSaveTemplate();
  const back = () => void navigate({ to: '/settings/libraries', search: { tab: 'templates' } });
  const onSave = async (key: string, version: number, body: Record<string, unknown>) => {
    await save.mutateAsync({ key, version, body: body as TemplateBody });
    back();
  };
  return { saving: save.isPending, onSave, back };
}

export function TemplateEditPage() {
  const { key } = editRoute.useParams();
  const user = useCurrentUser();
  const template = useTemplate(key);
  const { saving, onSave, back } = useTemplateEditing();
  if (!canGovern(user)) return <LibrariesNotAllowed />;
  if (template.isPending) return <Pending label="Loading the template" />;
  if (template.error) return <ProblemAlert error={template.error} title="This template could not be shown" />;
  const t = template.data;
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader title={`Edit ${t.name}`} subtitle={`key ${t.key} · version ${t.version}`} badges={<OriginBadge item={t} />} actions={backLink} />
      <JsonLibraryEditor
        key={`${t.key}:${t.version}`}
        noun="template"
        initialKey={t.key}
        initialText={editableJson(t)}
        takenKeys={null}
        saving={saving}
        onSave={(k, body) => onSave(k, t.version, body)}
        onCancel={back}
        onReload={() => void template.refetch()}
        preview={preview}
      />
    </Stack>
  );
}

export function TemplateNewPage() {
  const { from } = newRoute.useSearch();
  const user = useCurrentUser();
  const templates = useTemplates();
  const source = useTemplate(from ?? null);
  const { saving, onSave, back } = useTemplateEditing();
  if (!canGovern(user)) return <LibrariesNotAllowed />;
  if (templates.isPending || (from && source.isPending)) return <Pending label="Loading the templates" />;
  if (templates.error || source.error) return <ProblemAlert error={templates.error ?? source.error} />;
  const keys = templates.data.items.map((t) => t.key);
  const s = from ? source.data : undefined;
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader title={s ? `Duplicate ${s.name}` : 'New template'} subtitle="Your own template, under a new key." actions={backLink} />
      <JsonLibraryEditor
        key={s?.key ?? 'blank'}
        noun="template"
        initialKey={s ? uniqueKey(suggestKey(`${s.key}_copy`), new Set(keys)) : ''}
        initialText={s ? editableJson({ ...s, name: `${s.name} (copy)` }) : JSON.stringify(BLANK, null, 2)}
        takenKeys={keys}
        saving={saving}
        onSave={(k, body) => onSave(k, 0, body)}
        onCancel={back}
        preview={preview}
      />
    </Stack>
  );
}
