// "My work": what waits on me today across every project I may see. Status reports my projects
// owe, gate reviews and change requests waiting for my decision, the actions, risk reviews and
// findings I own (overdue first, as the API orders them) and the policy breaches on my projects.
// Every row links to the record it names, so the page is a to-do list, not a report.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMyWork } from '../../api/dashboard.ts';
import type { MyWork } from '../../api/types.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { BreachList } from '../compliance/breach-list.tsx';
import { STATE_META } from '../compliance/compliance-view.ts';
import { Block, ProjectLink } from './dashboard-tables.tsx';

const Overdue = ({ overdue }: { overdue: boolean }) => (overdue ? <Badge style={BADGE_STYLE} color="red" variant="filled">Overdue</Badge> : null);
/** The status page is a colleague's route: linked by address, not through the typed route tree. */
const statusHref = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/status`;

export function MyWorkPage() {
  const user = useCurrentUser();
  const myWork = useMyWork();
  const data = myWork.data;
  return (
    <Stack gap="md">
      <PageHeader title="My work" subtitle={data ? `What waits on you, ${user.name}, as of ${formatDate(data.asOf)}.` : 'What waits on you.'} />
      <ProblemAlert error={myWork.error} />
      {data ? <MyWorkBlocks data={data} /> : myWork.isPending ? <Pending label="Loading my work" /> : null}
    </Stack>
  );
}

function MyWorkBlocks({ data }: { data: MyWork }) {
  return (
    <>
      <Card withBorder radius="md" padding="md" component="section" aria-label="My projects">
        <Title order={2} size="h5" mb="xs">My projects</Title>
        {data.projects.length === 0 ? <Text size="sm" c="dimmed">You manage no projects.</Text> : (
          <Group gap="md">
            {data.projects.map((p) => <Text key={p.id} size="sm"><ProjectLink id={p.id} code={p.code} /> {p.name} · {p.phase.name}</Text>)}
          </Group>
        )}
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Block title="Reports due" subtitle={data.reportsDue.notAssessed ?? undefined} empty={data.reportsDue.items.length === 0 ? 'No status reports due.' : null}>
          <Table.Thead><Table.Tr><Table.Th>Project</Table.Th><Table.Th>Period ending</Table.Th><Table.Th>Due</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {data.reportsDue.items.map((r) => (
              <Table.Tr key={`${r.projectId}:${r.periodEnd ?? ''}`}>
                <Table.Td><Anchor href={statusHref(r.projectId)}>{r.projectCode} · {r.projectName}</Anchor></Table.Td>
                <Table.Td>{formatDate(r.periodEnd)}</Table.Td>
                <Table.Td>{formatDate(r.dueDate)}</Table.Td>
                <Table.Td><Overdue overdue={r.overdue} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Block>
        <Block title="Awaiting my decision" empty={data.gateReviews.length + data.changeRequests.length === 0 ? 'Nothing waits for your decision.' : null}>
          <Table.Thead><Table.Tr><Table.Th>What</Table.Th><Table.Th>Project</Table.Th><Table.Th>Since</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {data.gateReviews.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td><AnchorLink to="/gate-reviews/$reviewId" params={{ reviewId: g.id }}>{g.code} · {g.gateName}</AnchorLink></Table.Td>
                <Table.Td><ProjectLink id={g.projectId} code={g.projectCode} /></Table.Td>
                <Table.Td>{formatInstant(g.requestedAt)}</Table.Td>
              </Table.Tr>
            ))}
            {data.changeRequests.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td><AnchorLink to="/change-requests/$changeId" params={{ changeId: c.id }}>{c.code} · {c.title}</AnchorLink></Table.Td>
                <Table.Td><ProjectLink id={c.projectId} code={c.projectCode} /></Table.Td>
                <Table.Td>{formatInstant(c.submittedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Block>
        <Block title="My actions" empty={data.actions.length === 0 ? 'No open actions.' : null}>
          <Table.Thead><Table.Tr><Table.Th>Action</Table.Th><Table.Th>Project</Table.Th><Table.Th>Due</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {data.actions.map((a) => (
              <Table.Tr key={a.id} data-action={a.code}>
                <Table.Td><AnchorLink to="/projects/$projectId/raid" params={{ projectId: a.projectId }} search={{ tab: 'actions', open: a.id }}>{a.code} · {a.title}</AnchorLink></Table.Td>
                <Table.Td><ProjectLink id={a.projectId} code={a.projectCode} /></Table.Td>
                <Table.Td>{formatDate(a.dueDate)}</Table.Td>
                <Table.Td><Overdue overdue={a.overdue} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Block>
        <Block title="Risks due for review" empty={data.risks.length === 0 ? 'No risk reviews due this week.' : null}>
          <Table.Thead><Table.Tr><Table.Th>Risk</Table.Th><Table.Th>Project</Table.Th><Table.Th>Score</Table.Th><Table.Th>Review</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {data.risks.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td><AnchorLink to="/projects/$projectId/raid" params={{ projectId: r.projectId }} search={{ tab: 'risks', open: r.id }}>{r.code} · {r.title}</AnchorLink></Table.Td>
                <Table.Td><ProjectLink id={r.projectId} code={r.projectCode} /></Table.Td>
                <Table.Td>{r.score} · {r.band}</Table.Td>
                <Table.Td>{formatDate(r.reviewDate)} <Overdue overdue={r.reviewOverdue} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Block>
        <Block title="My findings" empty={data.findings.length === 0 ? 'No open findings.' : null}>
          <Table.Thead><Table.Tr><Table.Th>Finding</Table.Th><Table.Th>Project</Table.Th><Table.Th>Severity</Table.Th><Table.Th>Due</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {data.findings.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td><AnchorLink to="/findings">{f.code} · {f.title}</AnchorLink></Table.Td>
                <Table.Td><ProjectLink id={f.projectId} code={f.projectCode} /></Table.Td>
                <Table.Td>{f.severity}</Table.Td>
                <Table.Td>{formatDate(f.dueDate)} <Overdue overdue={f.overdue} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Block>
      </SimpleGrid>
      <Card withBorder radius="md" padding="md" component="section" aria-label="Breaches on my projects">
        <Title order={2} size="h5" mb="xs">Breaches on my projects</Title>
        {data.breaches.length === 0 ? <Text size="sm" c="dimmed">Your projects meet every policy.</Text> : data.breaches.map((b) => (
          <Stack key={b.projectId} gap={4} mb="sm">
            <Group gap="xs">
              <ProjectLink id={b.projectId} code={b.projectCode} /><Text size="sm">{b.projectName}</Text>
              <Badge style={BADGE_STYLE} variant="light" color={STATE_META[b.state].color}>{STATE_META[b.state].label}</Badge>
            </Group>
            <BreachList breaches={b.breaches} label={`Breaches of ${b.projectCode}`} />
          </Stack>
        ))}
      </Card>
    </>
  );
}
