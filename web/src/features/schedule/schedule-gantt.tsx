// The schedule drawn by SVAR Gantt. SVAR's free edition has no critical path or baselines of its
// own, so our bar template marks critical tasks (CSS colours the bar, see schedule-gantt.css) and
// draws the baseline under the bar. SVAR itself fills each bar to its `progress`: the task's
// percent complete, a summary's rolled up from its tasks (schedule-view.ts). Its status-date
// marker is not in the free edition: the page header shows the status date. Like MS Project, it writes each task's resources to the right
// of its bar: the page hands in one label per task (computed once from the project's assignments),
// carried on the bar's data, and SVAR renders templates only for the rows in view.
//
// Editing: the chart never keeps a change of its own. Moving a bar, dragging its end, drawing or
// deleting a link is intercepted (api.intercept), turned into the API request that makes it
// (schedule-view.ts: barDragToUpdate, ganttLinkToCreate) and handed to the page, which sends it;
// the rescheduled plan the API answers is drawn again. Whatever the answer, the chart is then
// redrawn from the page's schedule (a new `revision` makes SVAR re-read every bar), so a refused
// change puts the bar back where the server has it. Summary tasks are not dragged (the engine rolls
// them up from their children), nor is a bar's start edge; SVAR's own editor, task deletion,
// copy/paste, reordering and progress dragging are switched off.
//
// Styles: `style.css` holds only the chart's own rules (no grid, no theme variables), so we take
// `all.css` and point its font variables at Mantine's font: its @font-face rules name a CDN but a
// font that no element uses is never fetched, and <Willow fonts={false}> adds no CDN stylesheet.
// The few SVAR icons (tree toggles, the delete-link cross) are drawn by schedule-gantt.css. The e2e
// test checks that the page asks nothing of any other host.
import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { Gantt, Willow, type IApi, type ITask } from '@svar-ui/react-gantt';
import '@svar-ui/react-gantt/all.css';
import './schedule-gantt.css';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Schedule, ScheduleLinkCreate, ScheduleTask, ScheduleTaskUpdate } from '../../api/types.ts';
import { barDragToUpdate, chartWindow, dayWidth, daysBetween, ganttLinkToCreate, toGanttBars, toGanttLinks, type BarDrag, type BaselineDates } from './schedule-view.ts';

const CELL_HEIGHT = 36;

/** A change made in the chart, for the page to send to the API. */
export type GanttEdit =
  | { kind: 'task'; task: ScheduleTask; patch: ScheduleTaskUpdate }
  | { kind: 'add-link'; link: ScheduleLinkCreate }
  | { kind: 'delete-link'; linkId: string };

interface ScheduleGanttProps {
  schedule: Schedule;
  baseline?: ReadonlyMap<string, BaselineDates>;
  /** Each task's resources as written beside its bar ("Ada [50 %], Crane"), by task id. */
  resources?: ReadonlyMap<string, string>;
  /** The user may change the plan: bars can be dragged and links drawn. */
  editable?: boolean;
  /** Sends a change; settles (either way) once the page holds the server's answer. */
  onEdit?: (edit: GanttEdit) => Promise<unknown>;
}

export type GanttZoom = 'days' | 'weeks' | 'months';
const ZOOMS: Array<{ value: GanttZoom; label: string }> = [
  { value: 'days', label: 'Days' },
  { value: 'weeks', label: 'Weeks' },
  { value: 'months', label: 'Months' },
];

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** Scales and the width of their smallest cell for a zoom level; days keep the density by span. */
function zoomConfig(zoom: GanttZoom, days: number) {
  if (zoom === 'weeks') {
    return {
      cellWidth: 70,
      scales: [
        { unit: 'month', step: 1, format: '%F %Y' },
        { unit: 'week', step: 1, format: (date: Date) => shortDate.format(date) },
      ],
    };
  }
  if (zoom === 'months') {
    return {
      cellWidth: 90,
      scales: [
        { unit: 'year', step: 1, format: '%Y' },
        { unit: 'month', step: 1, format: '%M' },
      ],
    };
  }
  const cellWidth = dayWidth(days);
  return {
    cellWidth,
    scales: [
      { unit: 'month', step: 1, format: '%F %Y' },
      { unit: 'day', step: 1, format: cellWidth >= 20 ? '%j' : () => '' },
    ],
  };
}

/** What SVAR hands a bar template: the task with its computed geometry ($x, $w, $h …). */
interface BarTemplateProps {
  data: ITask;
  api: IApi;
}

/** Pixels per day as SVAR drew them (it widens cells to fill the chart), else our own figure. */
function drawnDayWidth(api: IApi, fallback: number): number {
  const scales = (api.getState() as { _scales?: { lengthUnitWidth?: number } })._scales;
  return scales?.lengthUnitWidth ?? fallback;
}

function barTemplate(fallbackPxPerDay: number) {
  return function BarContent({ data, api }: BarTemplateProps) {
    const critical = data.critical === true;
    const start = data.start instanceof Date ? data.start : null;
    const baseStart = data.baseStart instanceof Date ? data.baseStart : null;
    const baseEnd = data.baseEnd instanceof Date ? data.baseEnd : null;
    const milestone = data.type === 'milestone';
    const resources = typeof data.resources === 'string' && data.resources !== '' ? data.resources : null;
    let baselineBar = null;
    if (start && baseStart && baseEnd) {
      const pxPerDay = drawnDayWidth(api, fallbackPxPerDay);
      const barHeight = typeof data.$h === 'number' ? data.$h : 0;
      const offset = daysBetween(start, baseStart) * pxPerDay;
      const width = milestone ? 8 : Math.max(daysBetween(baseStart, baseEnd) * pxPerDay, 2);
      const left = milestone ? offset + barHeight / 2 - 4 : offset;
      baselineBar = <div className={`orrery-baseline${milestone ? ' orrery-baseline-milestone' : ''}`} style={{ left, width }} title="Baseline" />;
    }
    const name = String(data.text ?? '');
    const label = resources ? <span className="orrery-bar-resources" data-testid="bar-resources">{resources}</span> : null;
    // A milestone's name is already written beside its diamond: its resources follow the name.
    return milestone ? (
      <>
        <div className="wx-text-out" data-critical={critical ? 'true' : undefined}>
          <span className="orrery-bar-text">{name}</span>
          {label}
        </div>
        {baselineBar}
      </>
    ) : (
      <>
        <div className="wx-content orrery-bar-text" data-critical={critical ? 'true' : undefined}>
          {name}
        </div>
        {label}
        {baselineBar}
      </>
    );
  };
}

/** SVAR actions that would change its data on its own; the chart offers none of them. */
const BLOCKED_ACTIONS = ['add-task', 'delete-task', 'copy-task', 'cut-task', 'paste-task', 'move-task', 'indent-task', 'update-link', 'show-editor', 'undo', 'redo'] as const;

export function ScheduleGantt({ schedule, baseline, resources, editable = false, onEdit }: ScheduleGanttProps) {
  const [zoom, setZoom] = useState<GanttZoom>('days');
  // Bumped after every change made in the chart: SVAR re-reads the bars (see the header).
  const [revision, setRevision] = useState(0);
  const bars = useMemo(() => toGanttBars(schedule, baseline), [schedule, baseline]);
  const tasks = useMemo(() => bars.map((bar) => ({ ...bar, revision, resources: resources?.get(bar.id) ?? '' })), [bars, revision, resources]);
  const links = useMemo(() => toGanttLinks(schedule.links, bars), [schedule.links, bars]);
  const window = useMemo(() => chartWindow(bars), [bars]);
  const { cellWidth, scales } = useMemo(() => zoomConfig(zoom, window?.days ?? 30), [zoom, window?.days]);
  const pxPerDay = zoom === 'days' ? cellWidth : zoom === 'weeks' ? cellWidth / 7 : cellWidth / 30;
  const template = useMemo(() => barTemplate(pxPerDay), [pxPerDay]);
  const columns = useMemo(() => [{ id: 'text', header: 'Task', flexgrow: 1 }], []);

  // SVAR's handlers are set once (init); they read the latest props through this ref.
  const live = useRef({ schedule, editable, onEdit });
  useLayoutEffect(() => {
    live.current = { schedule, editable, onEdit };
  });
  const busy = useRef(false);

  const send = useCallback((edit: GanttEdit | null) => {
    const onEditNow = live.current.onEdit;
    if (!edit || !onEditNow) {
      setRevision((r) => r + 1);
      return;
    }
    busy.current = true;
    void onEditNow(edit)
      .catch(() => undefined)
      .finally(() => {
        busy.current = false;
        setRevision((r) => r + 1);
      });
  }, []);

  const init = useCallback(
    (api: IApi) => {
      const canEdit = () => live.current.editable && !!live.current.onEdit && !busy.current;
      const taskOf = (id: unknown) => live.current.schedule.tasks.find((t) => t.id === id);

      api.intercept('drag-task', (ev) => {
        if (ev.inProgress === false) return true; // SVAR putting a bar back after a drag under a day
        if (!canEdit() || ev.top !== undefined) return false; // no row reordering
        const bar = api.getTask(ev.id);
        if (!bar || bar.type === 'summary') return false;
        // Dragging the start edge moves both ends of the bar: not offered.
        if (ev.left !== undefined && ev.width !== undefined && ev.left !== bar.$x && ev.width !== bar.$w) return false;
        return true;
      });

      // The end of a drag: `diff` days, with the start and end (moved) or only the end (resized).
      api.intercept('update-task', (ev) => {
        if (ev.eventSource || !ev.diff) return false;
        const task = taskOf(ev.id);
        const drag: BarDrag | null = 'start' in ev.task && 'end' in ev.task ? 'move' : 'end' in ev.task ? 'end' : null;
        const patch = task && drag && canEdit() ? barDragToUpdate(live.current.schedule, task, drag, ev.diff) : null;
        send(task && patch ? { kind: 'task', task, patch } : null);
        return false;
      });

      api.intercept('add-link', (ev) => {
        if (ev.eventSource || !canEdit()) return false;
        const link = ganttLinkToCreate(ev.link);
        if (link) send({ kind: 'add-link', link });
        return false;
      });

      api.intercept('delete-link', (ev) => {
        if (canEdit()) send({ kind: 'delete-link', linkId: String(ev.id) });
        return false;
      });

      for (const action of BLOCKED_ACTIONS) api.intercept(action, () => false);
    },
    [send],
  );

  if (!window) return null;
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        {editable && onEdit ? (
          <Text size="xs" c="dimmed" style={{ flex: 1 }} miw={240}>
            Drag a bar to move it (an automatically scheduled task then starts no earlier than its new day), drag its end to change the
            duration, or click the dot at one bar’s end and then another bar’s dot to link them. Click a link to delete it.
          </Text>
        ) : (
          <span />
        )}
        <SegmentedControl size="xs" aria-label="Zoom" data={ZOOMS} value={zoom} onChange={(value) => setZoom(value as GanttZoom)} />
      </Group>
      <div
        className={`orrery-gantt${baseline ? ' orrery-gantt-baselines' : ''}${editable ? ' orrery-gantt-editable' : ''}`}
        data-testid="schedule-gantt"
        data-zoom={zoom}
        style={{ height: Math.min(120 + bars.length * CELL_HEIGHT, 640) }}
      >
        <Willow fonts={false}>
          <Gantt
            init={init}
            tasks={tasks}
            links={links}
            scales={scales}
            columns={columns}
            gridWidth={260}
            start={window.start}
            end={window.end}
            autoScale={false}
            lengthUnit="day"
            cellWidth={cellWidth}
            cellHeight={CELL_HEIGHT}
            taskTemplate={template}
            readonly={!editable || !onEdit}
          />
        </Willow>
      </div>
    </Stack>
  );
}
