// PMO maturity: the latest assessment's radar against the one before, every assessment with its
// scores per dimension (the trend), and "Open an assessment" for the PMO.
import { useState } from 'react';
import { Badge, Button, Card, Modal, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { maturityQueries, useCreateMaturityAssessment, useMaturityAssessments, useMaturityModel } from '../../api/maturity.ts';
import type { MaturityAssessmentSummary } from '../../api/types.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { MaturityRadar } from './maturity-radar.tsx';
import { levelLabel, radarOf, scoreText } from './maturity-view.ts';
import { OpenAssessmentForm } from './open-assessment-form.tsx';

export function MaturityPage() {
  const user = useCurrentUser();
  const list = useMaturityAssessments();
  const model = useMaturityModel();
  const create = useCreateMaturityAssessment();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const items = list.data?.items ?? [];
  const mayOpen = canEditRegister(user);

  return (
    <Stack gap="md">
      <PageHeader
        title="PMO maturity"
        subtitle="How mature the PMO's practice is, by dimension, as its people see it — and what to work on next."
        actions={mayOpen ? <Button onClick={() => { create.reset(); setOpening(true); }}>Open an assessment</Button> : null}
      />
      <ProblemAlert error={list.error} />
      {list.isPending ? <Pending label="Loading assessments" /> : items.length === 0 ? (
        <Text c="dimmed">No assessment yet.{mayOpen ? ' Open one and ask the PMO team and project managers to answer.' : ''}</Text>
      ) : (
        <>
          <LatestRadar latest={items[0]!} />
          <AssessmentTable items={items} />
        </>
      )}
      <Modal opened={opening} onClose={() => setOpening(false)} title="Open an assessment" size="lg">
        <ProblemAlert error={create.error} />
        <OpenAssessmentForm
          model={model.data}
          submitting={create.isPending}
          onCancel={() => setOpening(false)}
          onSubmit={async (body) => {
            const made = await create.mutateAsync(body);
            setOpening(false);
            await navigate({ to: '/maturity/$assessmentId', params: { assessmentId: made.id } });
          }}
        />
      </Modal>
    </Stack>
  );
}

function LatestRadar({ latest }: { latest: MaturityAssessmentSummary }) {
  const assessment = useQuery(maturityQueries.assessment(latest.id));
  if (!assessment.data) return null;
  const radar = radarOf(assessment.data);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder radius="md"><MaturityRadar axes={radar.axes} series={radar.series} /></Card>
      <Card withBorder radius="md">
        <Text fw={600}>{latest.code} · {latest.title}</Text>
        <Text size="sm" c="dimmed">Taken {formatDate(latest.openedOn)}; {latest.answered} of {latest.respondents} answered</Text>
        <Text mt="sm" fz={28} fw={700} data-testid="maturity-level">{levelLabel(latest.level)}</Text>
        <Text size="sm">Average score {scoreText(latest.score)} of 5</Text>
      </Card>
    </SimpleGrid>
  );
}

function AssessmentTable({ items }: { items: readonly MaturityAssessmentSummary[] }) {
  const dimensions = items[0]!.dimensions;
  return (
    <Card withBorder padding={0} radius="md">
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label="Assessments" striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Assessment</Table.Th><Table.Th>Taken</Table.Th><Table.Th>Status</Table.Th><Table.Th>Answered</Table.Th>
              <Table.Th>Level</Table.Th><Table.Th>Score</Table.Th>
              {dimensions.map((d) => <Table.Th key={d.key}>{d.name}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td><AnchorLink to="/maturity/$assessmentId" params={{ assessmentId: a.id }}>{a.code} · {a.title}</AnchorLink></Table.Td>
                <Table.Td>{formatDate(a.openedOn)}</Table.Td>
                <Table.Td><Badge variant="light" color={a.status === 'open' ? 'blue' : 'gray'}>{a.status}</Badge></Table.Td>
                <Table.Td>{a.answered} / {a.respondents}</Table.Td>
                <Table.Td>{a.level ?? '—'}</Table.Td>
                <Table.Td>{scoreText(a.score)}</Table.Td>
                {dimensions.map((d) => <Table.Td key={d.key}>{scoreText(a.dimensions.find((x) => x.key === d.key)?.score)}</Table.Td>)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
