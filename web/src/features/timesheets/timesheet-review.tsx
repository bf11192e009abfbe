// One submitted timesheet as its approver sees it: the person, the week's grid (read-only), each
// project's approval so far, and the decision: approve (the hours of the approver's projects, or the
// whole sheet for the line manager and the PMO; once all are approved they become actual work) or
// return it with a comment saying what to correct.
import { Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { isApiProblem } from '../../api/api-problem.ts';
import { useDecideTimesheet, useTimesheet } from '../../api/timesheets.ts';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { formatTotal } from './hours.ts';
import { rowsOfSheet } from './grid-model.ts';
import { TIMESHEET_STATUS } from './timesheet-labels.ts';
import { approveLabel, ProjectApprovals } from './project-approvals.tsx';
import { WeekGrid } from './week-grid.tsx';

interface TimesheetReviewProps {
  id: string | null;
  onClose: () => void;
}

export function TimesheetReview({ id, onClose }: TimesheetReviewProps) {
  const sheet = useTimesheet(id);
  const decide = useDecideTimesheet();
  const [comment, setComment] = useState('');
  const data = sheet.data;
  const close = () => {
    decide.reset();
    setComment('');
    onClose();
  };
  const act = (decision: 'approve' | 'return') => {
    if (!data?.id) return;
    decide.mutate({ id: data.id, version: data.version, decision, comment }, { onSuccess: close });
  };
  const commentError = isApiProblem(decide.error) ? decide.error.fieldErrors.find((e) => e.path === 'comment')?.message : undefined;

  return (
    <Modal opened={id !== null} onClose={close} size="80rem" title={data ? `Timesheet of ${data.user.name}, week of ${formatDate(data.weekStart)}` : 'Timesheet'}>
      {sheet.isPending ? <Pending label="Loading the timesheet" /> : null}
      <ProblemAlert error={sheet.error} title="The timesheet could not be shown" />
      {data ? (
        <Stack gap="md">
          <Group gap="sm">
            <Badge color={TIMESHEET_STATUS[data.status].color} variant="light">{TIMESHEET_STATUS[data.status].label}</Badge>
            <Text size="sm">{formatTotal(data.totalMinutes)} hours{data.overtimeMinutes > 0 ? `, ${formatTotal(data.overtimeMinutes)} overtime` : ''}</Text>
            <Text size="sm" c="dimmed">Submitted {formatInstant(data.submittedAt)}</Text>
          </Group>
          {data.status === 'submitted' ? <ProjectApprovals approvals={data.approvals} /> : null}
          <WeekGrid rows={rowsOfSheet(data)} dates={data.dates} editable={false} lockedThrough={data.lockedThrough} />
          {data.canDecide ? (
            <>
              <Textarea label="Comment" description="Required to return it: say what to correct." autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={commentError} />
              <ProblemAlert error={commentError ? null : decide.error} title="The decision was not recorded" onReload={() => void sheet.refetch()} />
              <Group justify="flex-end">
                <Button variant="default" color="orange" onClick={() => act('return')} loading={decide.isPending && decide.variables?.decision === 'return'}>Return to {data.user.name}</Button>
                <Button color="teal" onClick={() => act('approve')} loading={decide.isPending && decide.variables?.decision === 'approve'}>{approveLabel(data.approvals)}</Button>
              </Group>
            </>
          ) : (
            <Text size="sm" c="dimmed">{data.status === 'submitted' ? 'You cannot decide on this timesheet.' : `It is ${TIMESHEET_STATUS[data.status].label.toLowerCase()}.`}</Text>
          )}
        </Stack>
      ) : null}
    </Modal>
  );
}
