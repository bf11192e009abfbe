// A project's schedule: the task grid (edit names, durations and links in place; each task's
// resources, assigned in their dialog, where a generic role's person is requested from the PMO; its
// percent complete, recorded at the status date in the Progress dialog or marked 100 % at once), the
// Gantt chart with critical tasks in red, baseline 0 under the bars and each task's resources beside
// its bar (drag bars and draw links there too),
// and the plan's actions (settings, calendar days off, add, delete, save baseline, import an MS Project file, level resources, export). Every
// change answers with the rescheduled plan; the tasks it moved are announced for a few seconds.
import { Alert, Anchor, Button, Card, FileButton, Group, Modal, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { isApiProblem } from '../../api/api-problem.ts';
import { useProject, useProjectMembers } from '../../api/projects.ts';
import {
  scheduleExportUrl,
  useAddScheduleLink,
  useAddScheduleTask,
  useBaseline,
  useBaselines,
  useDeleteScheduleLink,
  useDeleteScheduleTask,
  useImportSchedule,
  useSaveBaseline,
  useSchedule,
  useUpdateScheduleTask,
} from '../../api/schedule.ts';
import type { Project, Schedule, ScheduleChange, ScheduleTask, ScheduleTaskUpdate } from '../../api/types.ts';
import { useProjectAssignments } from '../../api/assignments.ts';
import { canEditProject } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { ScheduleGantt, type GanttEdit } from './schedule-gantt.tsx';
import { daysToMinutes, formatLocal, movedMessage, percentByTask } from './schedule-view.ts';
import { TaskLinksModal } from './task-links-modal.tsx';
import { TaskTable } from './task-table.tsx';
import { AssignmentsModal } from './assignments-modal.tsx';
import { barResourcesLabel, labelsByTask, resourcesLabel } from './assignment-view.ts';
import { ScheduleSettingsModal } from './schedule-settings-modal.tsx';
import { CalendarExceptionsModal } from './calendar-exceptions-modal.tsx';
import { LevellingModal } from '../levelling/levelling-modal.tsx';
import { ProgressModal } from './progress-modal.tsx';

const route = getRouteApi('/_app/projects/$projectId/schedule');
const NOTICE_MS = 6000;

export function SchedulePage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  const schedule = useSchedule(projectId);
  if (project.isPending || schedule.isPending) return <Pending label="Loading schedule" />;
  if (project.error) return <ProblemAlert error={project.error} title="This project could not be shown" />;
  if (schedule.error) return <ProblemAlert error={schedule.error} title="This schedule could not be shown" />;
  return <ScheduleScreen project={project.data} schedule={schedule.data} onReload={() => void schedule.refetch()} />;
}

/** A short-lived line about what the last change did ("3 tasks moved: …"). */
function useNotice() {
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  useEffect(() => {
    if (!notice) return undefined;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return { notice: notice?.text ?? null, show: (text: string) => setNotice({ text, at: Date.now() }) };
}

function ScheduleScreen({ project, schedule, onReload }: { project: Project; schedule: Schedule; onReload: () => void }) {
  const user = useCurrentUser();
  const members = useProjectMembers(project.id);
  const editable = canEditProject(user, project, members.data?.items) && !project.archivedAt;
  const baselines = useBaselines(project.id);
  const hasBaseline0 = baselines.data?.items.some((b) => b.number === 0) ?? false;
  const baseline0 = useBaseline(project.id, 0, hasBaseline0);
  const baselineByTask = useMemo(
    () => (hasBaseline0 && baseline0.data ? new Map(baseline0.data.tasks.map((t) => [t.taskId, t])) : undefined),
    [hasBaseline0, baseline0.data],
  );

  const updateTask = useUpdateScheduleTask(project.id);
  const deleteTask = useDeleteScheduleTask(project.id);
  const addLink = useAddScheduleLink(project.id);
  const deleteLink = useDeleteScheduleLink(project.id);
  const saveBaseline = useSaveBaseline(project.id);
  const importFile = useImportSchedule(project.id);
  const { notice, show } = useNotice();
  const [linksOf, setLinksOf] = useState<ScheduleTask | null>(null);
  const assignments = useProjectAssignments(project.id);
  const [resourcesOfId, setResourcesOfId] = useState<string | null>(null);
  const setResourcesOf = (task: ScheduleTask | null) => setResourcesOfId(task?.id ?? null);
  const resourcesOfTask = schedule.tasks.find((t) => t.id === resourcesOfId) ?? null;
  // The grid's Resources column and the Gantt's bar labels, from the one list of the project's
  // assignments (recomputed only when it changes, so the chart is not fed new bars on every render).
  const labels = useMemo(() => {
    const items = assignments.data?.items ?? [];
    return { grid: labelsByTask(items, resourcesLabel), bars: labelsByTask(items, barResourcesLabel) };
  }, [assignments.data]);
  const resourcesOf = (taskId: string) => labels.grid.get(taskId) ?? '';
  const percentOf = useMemo(() => percentByTask(schedule), [schedule]);
  const [progressOfId, setProgressOfId] = useState<string | null>(null);
  const progressOfTask = schedule.tasks.find((t) => t.id === progressOfId) ?? null;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [calendarsOpen, setCalendarsOpen] = useState(false);
  const [levellingOpen, setLevellingOpen] = useState(false);
  const [deleting, setDeleting] = useState<ScheduleTask | null>(null);
  const [importing, setImporting] = useState<File | null>(null);
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const [lastError, setLastError] = useState<unknown>(null);

  const announce = (change: ScheduleChange) => {
    setLastError(null);
    show(movedMessage(change.moved));
  };
  const onFailed = (error: unknown) => setLastError(error);

  const update = (task: ScheduleTask, patch: ScheduleTaskUpdate) =>
    updateTask.mutate({ taskId: task.id, version: task.version, patch }, { onSuccess: announce, onError: onFailed });

  // A change made in the Gantt: sent like the grid's, its answer (or its refusal) shown the same way.
  // A stale version means someone else changed the plan: fetch it, so the chart shows theirs.
  const editFromGantt = async (edit: GanttEdit) => {
    try {
      const change =
        edit.kind === 'task'
          ? await updateTask.mutateAsync({ taskId: edit.task.id, version: edit.task.version, patch: edit.patch })
          : edit.kind === 'add-link'
            ? await addLink.mutateAsync(edit.link)
            : await deleteLink.mutateAsync(edit.linkId);
      announce(change);
    } catch (error) {
      onFailed(error);
      if (isApiProblem(error) && error.code === 'version_conflict') onReload();
    }
  };

  const runImport = async (file: File) => {
    setImporting(null);
    setWarnings([]);
    const content = await file.text();
    importFile.mutate(content, {
      onSuccess: (result) => {
        setWarnings(result.warnings);
        setLastError(null);
        show(`Imported ${result.schedule.tasks.length} tasks from ${file.name}`);
      },
      onError: onFailed,
    });
  };
  const pickFile = (file: File | null) => {
    if (!file) return;
    if (schedule.tasks.length > 0) setImporting(file);
    else void runImport(file);
  };

  return (
    <Stack>
      <PageHeader
        title={
          <>
            <Text span inherit c="dimmed" ff="monospace" mr="xs">
              {project.code}
            </Text>
            Schedule
          </>
        }
        subtitle={
          <>
            <AnchorLink to="/projects/$projectId" params={{ projectId: project.id }} fz="sm">
              {project.name}
            </AnchorLink>
            {schedule.projectStart ? (
              <span data-testid="project-dates">
                {' · '}
                {formatLocal(schedule.projectStart)} → <span data-testid="project-finish">{formatLocal(schedule.projectFinish)}</span>
                {schedule.settings.scheduleFrom === 'finish' ? ' (scheduled back from the finish date)' : null}
              </span>
            ) : null}
            {schedule.settings.statusDate ? (
              <span>
                {' · status date '}
                <span data-testid="status-date">{formatLocal(schedule.settings.statusDate)}</span>
              </span>
            ) : null}
          </>
        }
        actions={
          <>
            {editable ? (
              <>
                <Button variant="default" onClick={() => setSettingsOpen(true)}>
                  Settings
                </Button>
                <Button variant="default" onClick={() => setCalendarsOpen(true)}>
                  Calendars
                </Button>
                <Button variant="default" onClick={() => saveBaseline.mutate({ number: 0 }, { onSuccess: () => show('Baseline saved'), onError: onFailed })} loading={saveBaseline.isPending} disabled={schedule.tasks.length === 0}>
                  {hasBaseline0 ? 'Update baseline' : 'Save baseline'}
                </Button>
                <FileButton onChange={pickFile} accept=".xml,.json,application/xml,application/json">
                  {(props) => (
                    <Button variant="default" loading={importFile.isPending} {...props}>
                      Import MS Project file
                    </Button>
                  )}
                </FileButton>
              </>
            ) : null}
            <Button variant="default" onClick={() => setLevellingOpen(true)} disabled={schedule.tasks.length === 0}>
              Level resources
            </Button>
            <Button component="a" variant="default" href={scheduleExportUrl(project.id)} download>
              Export
            </Button>
          </>
        }
      />

      {notice ? (
        <Alert color="blue" role="status" aria-live="polite" withCloseButton={false} py="xs">
          {notice}
        </Alert>
      ) : null}
      {lastError ? <ProblemAlert error={lastError} onReload={onReload} title={isApiProblem(lastError) && lastError.code === 'schedule_cycle' ? 'This link would make a loop' : undefined} /> : null}
      {warnings.length > 0 ? (
        <Alert color="yellow" title="Imported with warnings" withCloseButton onClose={() => setWarnings([])}>
          <Stack gap={2}>
            {warnings.slice(0, 20).map((w) => (
              <Text size="sm" key={w}>
                {w}
              </Text>
            ))}
            {warnings.length > 20 ? <Text size="sm">… and {warnings.length - 20} more</Text> : null}
          </Stack>
        </Alert>
      ) : null}

      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Tasks
          </Title>
          {baselineByTask ? <Text size="xs" c="dimmed">Baseline 0 saved {new Date(baseline0.data?.savedAt ?? '').toLocaleString()}</Text> : null}
        </Group>
        {editable ? <AddTaskForm projectId={project.id} minutesPerDay={schedule.settings.minutesPerDay} onAdded={announce} onFailed={onFailed} /> : null}
        {schedule.tasks.length === 0 ? (
          <Text c="dimmed" size="sm" py="md">
            No tasks yet.{editable ? ' Add one above, or import an MS Project file.' : ''}
          </Text>
        ) : (
          <TaskTable
            schedule={schedule}
            editable={editable}
            baseline={baselineByTask}
            onUpdate={update}
            onEditLinks={setLinksOf}
            onDelete={setDeleting}
            resourcesOf={resourcesOf}
            onEditResources={setResourcesOf}
            percentOf={percentOf}
            onEditProgress={(task) => setProgressOfId(task.id)}
            onComplete={(task) => update(task, { percentComplete: 100 })}
          />
        )}
      </Card>

      {schedule.tasks.length > 0 ? <ScheduleGantt schedule={schedule} baseline={baselineByTask} resources={labels.bars} editable={editable} onEdit={editFromGantt} /> : null}

      <CalendarExceptionsModal projectId={project.id} schedule={schedule} opened={calendarsOpen} onClose={() => setCalendarsOpen(false)} onSaved={announce} />
      <LevellingModal scope="project" id={project.id} opened={levellingOpen} onClose={() => setLevellingOpen(false)} canApply={editable} />
      <ScheduleSettingsModal projectId={project.id} schedule={schedule} opened={settingsOpen} onClose={() => setSettingsOpen(false)} onSaved={announce} />
      <TaskLinksModal projectId={project.id} schedule={schedule} task={linksOf} onClose={() => setLinksOf(null)} onChanged={announce} />
      <AssignmentsModal projectId={project.id} task={resourcesOfTask} assignments={assignments.data} editable={editable} onClose={() => setResourcesOf(null)} />
      <ProgressModal projectId={project.id} schedule={schedule} task={editable ? progressOfTask : null} onClose={() => setProgressOfId(null)} onSaved={announce} onReload={onReload} />

      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete task">
        <Text size="sm">
          Delete <b>{deleting?.name}</b>
          {deleting?.summary ? ' and every task under it' : ''}, with its links?
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setDeleting(null)}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={deleteTask.isPending}
            onClick={() => deleting && deleteTask.mutate(deleting.id, { onSuccess: (change) => (setDeleting(null), announce(change)), onError: (e) => (setDeleting(null), onFailed(e)) })}
          >
            Delete
          </Button>
        </Group>
      </Modal>

      <Modal opened={importing !== null} onClose={() => setImporting(null)} title="Replace the schedule?">
        <Text size="sm">
          Importing <b>{importing?.name}</b> replaces all {schedule.tasks.length} tasks, their links, the calendars and the saved baselines with the file’s plan and baselines.
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setImporting(null)}>
            Cancel
          </Button>
          <Button color="red" onClick={() => importing && void runImport(importing)}>
            Replace
          </Button>
        </Group>
      </Modal>
      <Text size="xs" c="dimmed">
        Dates are the project’s local time; durations are working days. The chart draws whole days.{' '}
        <Anchor size="xs" href={scheduleExportUrl(project.id)} download>
          Download as MS Project XML
        </Anchor>
      </Text>
    </Stack>
  );
}

function AddTaskForm({ projectId, minutesPerDay, onAdded, onFailed }: { projectId: string; minutesPerDay: number; onAdded: (change: ScheduleChange) => void; onFailed: (error: unknown) => void }) {
  const addTask = useAddScheduleTask(projectId);
  const [name, setName] = useState('');
  const [days, setDays] = useState<string | number>(1);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const duration = typeof days === 'number' ? days : Number.parseFloat(days) || 0;
    addTask.mutate(
      { name: trimmed, durationMinutes: daysToMinutes(duration, minutesPerDay), ...(duration === 0 ? { milestone: true } : {}) },
      {
        onSuccess: (change) => {
          setName('');
          onAdded(change);
        },
        onError: onFailed,
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Add task">
      <Group align="flex-end" mb="md" wrap="wrap">
        <TextInput label="New task" placeholder="Task name" value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} miw={220} />
        <NumberInput label="Duration (days)" value={days} onChange={setDays} min={0} decimalScale={2} w={140} />
        <Button type="submit" loading={addTask.isPending} disabled={!name.trim()}>
          Add task
        </Button>
      </Group>
    </form>
  );
}
