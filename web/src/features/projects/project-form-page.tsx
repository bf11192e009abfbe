// The pages around the project form: "new project" (PMO, admin) and "edit project" (PMO, admin,
// the project's manager). Editing sends If-Match with the version the form was loaded from.
import { useState } from 'react';
import { Alert, Card, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCreateProject, useProject, useProjectMembers, useUpdateProject } from '../../api/projects.ts';
import type { Project } from '../../api/types.ts';
import { canEditProject, canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { ProjectForm } from './project-form.tsx';
import { useCreateProjectFromTemplate } from '../../api/templates.ts';
import { TemplatePicker } from '../templates/template-picker.tsx';
import { withProjectPaths } from '../templates/template-view.ts';
import { projectFormValues, toProjectCreate, toProjectPatch } from './project-form-values.ts';

const newRoute = getRouteApi('/_app/projects/new');
const editRoute = getRouteApi('/_app/projects/$projectId/edit');

export function ProjectCreatePage() {
  const user = useCurrentUser();
  const { portfolioId } = newRoute.useSearch();
  const navigate = useNavigate();
  const create = useCreateProject();
  const fromTemplate = useCreateProjectFromTemplate();
  // null: a blank project; '' while no template is chosen yet; else the template's key.
  const [templateKey, setTemplateKey] = useState<string | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);

  if (!canEditRegister(user)) {
    return <Alert color="yellow" title="Not allowed">Only the PMO and administrators create projects.</Alert>;
  }
  return (
    <Stack maw={960}>
      <PageHeader title="New project" subtitle="Add a project to the register." />
      <TemplatePicker value={templateKey} error={pickError} onChange={(key) => { setTemplateKey(key); setPickError(null); fromTemplate.reset(); }} />
      <ProblemAlert error={templateKey === null ? create.error : fromTemplate.error} />
      <Card withBorder radius="md" padding="lg">
        <ProjectForm
          mode="create"
          initialValues={projectFormValues(undefined, portfolioId ? { portfolioId } : {})}
          canMove
          submitting={create.isPending || fromTemplate.isPending}
          onSubmit={async (values) => {
            if (templateKey === '') return setPickError('Choose a template, or start from a blank project.');
            const project = templateKey === null
              ? await create.mutateAsync(toProjectCreate(values))
              : (await fromTemplate.mutateAsync({ templateKey, project: templateProject(values) }).catch((error: unknown) => { throw withProjectPaths(error); })).project;
            await navigate({ to: '/projects/$projectId', params: { projectId: project.id } });
          }}
          onCancel={() => void navigate({ to: '/projects' })}
        />
      </Card>
    </Stack>
  );
}

export function ProjectEditPage() {
  const { projectId } = editRoute.useParams();
  const project = useProject(projectId);
  if (project.isPending) return <Pending label="Loading project" />;
  if (project.error) return <ProblemAlert error={project.error} />;
  return <ProjectEditor loaded={project.data} refetch={async () => (await project.refetch()).data} />;
}

function ProjectEditor({ loaded, refetch }: { loaded: Project; refetch: () => Promise<Project | undefined> }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const members = useProjectMembers(loaded.id);
  const update = useUpdateProject(loaded.id);
  // The version the form was filled from: what If-Match sends, even if the cache refreshes.
  const [base, setBase] = useState(loaded);

  const reload = async () => {
    const fresh = await refetch();
    if (fresh) setBase(fresh);
    update.reset();
  };
  const toOverview = () => void navigate({ to: '/projects/$projectId', params: { projectId: base.id } });

  if (members.isPending) return <Pending label="Loading project" />;
  if (!canEditProject(user, base, members.data?.items)) {
    return (
      <Alert color="yellow" title="Not allowed">
        Only the PMO, administrators and the project’s manager edit this project.{' '}
        <AnchorLink to="/projects/$projectId" params={{ projectId: base.id }}>Back to the project</AnchorLink>
      </Alert>
    );
  }
  return (
    <Stack maw={960}>
      <PageHeader title={`Edit ${base.code}`} subtitle={base.name} />
      <ProblemAlert error={update.error} onReload={() => void reload()} />
      <Card withBorder radius="md" padding="lg">
        <ProjectForm
          key={base.version}
          mode="edit"
          initialValues={projectFormValues(base)}
          canMove={canEditRegister(user)}
          submitting={update.isPending}
          onSubmit={async (values) => {
            const patch = toProjectPatch(values, base);
            if (Object.keys(patch).length > 0) await update.mutateAsync({ version: base.version, patch });
            toOverview();
          }}
          onCancel={toOverview}
        />
      </Card>
    </Stack>
  );
}

/** The project's fields for a template: the template decides its methodology, so its phase starts at the first. */
function templateProject(values: Parameters<typeof toProjectCreate>[0]) {
  const { methodologyKey: _methodology, phase: _phase, ...project } = toProjectCreate(values);
  return project;
}
