// The review type editor's two pages: editing one as JSON (built-in or the PMO's own, under its
// key) and a new one, blank or duplicated from another. Both go back to the library's review types
// once saved. PMO and administrators only.
import { Alert, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useReviewTypes, useSaveReviewType } from '../../api/quality.ts';
import type { ReviewTypeBody } from '../../api/types.ts';
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

const editRoute = getRouteApi('/_app/settings/libraries/review-types/$key/edit');
const newRoute = getRouteApi('/_app/settings/libraries/review-types/new');

const BLANK: ReviewTypeBody = { name: '', description: '', questions: [{ key: 'first_question', area: 'Governance', text: '', guidance: '' }] };
const backLink = <ButtonLink to="/settings/libraries" search={{ tab: 'review-types' }} variant="default">Libraries</ButtonLink>;

function useReviewTypeEditing() {
  const navigate = useNavigate();
  const save = useSaveReviewType();
  const back = () => void navigate({ to: '/settings/libraries', search: { tab: 'review-types' } });
  const onSave = async (key: string, version: number, body: Record<string, unknown>) => {
    await save.mutateAsync({ key, version, body: body as ReviewTypeBody });
    back();
  };
  return { saving: save.isPending, onSave, back };
}

export function ReviewTypeEditPage() {
  const { key } = editRoute.useParams();
  const user = useCurrentUser();
  const types = useReviewTypes();
  const { saving, onSave, back } = useReviewTypeEditing();
  if (!canGovern(user)) return <LibrariesNotAllowed />;
  if (types.isPending) return <Pending label="Loading the review type" />;
  if (types.error) return <ProblemAlert error={types.error} />;
  const type = types.data.items.find((t) => t.key === key);
  if (!type) return <Alert color="yellow" title="No such review type">There is no review type “{key}”.</Alert>;
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader title={`Edit ${type.name}`} subtitle={`key ${type.key} · version ${type.version}`} badges={<OriginBadge item={type} />} actions={backLink} />
      <JsonLibraryEditor
        key={`${type.key}:${type.version}`}
        noun="review type"
        initialKey={type.key}
        initialText={editableJson(type)}
        takenKeys={null}
        saving={saving}
        onSave={(k, body) => onSave(k, type.version, body)}
        onCancel={back}
        onReload={() => void types.refetch()}
      />
    </Stack>
  );
}

export function ReviewTypeNewPage() {
  const { from } = newRoute.useSearch();
  const user = useCurrentUser();
  const types = useReviewTypes();
  const { saving, onSave, back } = useReviewTypeEditing();
  if (!canGovern(user)) return <LibrariesNotAllowed />;
  if (types.isPending) return <Pending label="Loading the review types" />;
  if (types.error) return <ProblemAlert error={types.error} />;
  const keys = types.data.items.map((t) => t.key);
  const source = from ? types.data.items.find((t) => t.key === from) : undefined;
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader title={source ? `Duplicate ${source.name}` : 'New review type'} subtitle="Your own review type, under a new key." actions={backLink} />
      <JsonLibraryEditor
        key={source?.key ?? 'blank'}
        noun="review type"
        initialKey={source ? uniqueKey(suggestKey(`${source.key}_copy`), new Set(keys)) : ''}
        initialText={source ? editableJson({ ...source, name: `${source.name} (copy)` }) : JSON.stringify(BLANK, null, 2)}
        takenKeys={keys}
        saving={saving}
        onSave={(k, body) => onSave(k, 0, body)}
        onCancel={back}
      />
    </Stack>
  );
}
