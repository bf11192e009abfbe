// One person's training record: completed courses with scores, certifications (expiring within 90
// days flagged), their level per competency and where it comes from, and their training needs.
import { Badge, Card, Grid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useCompetencyFramework, usePersonTraining } from '../../api/training.ts';
import type { PersonTraining } from '../../api/types.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { TRAINING_ROLE_INFO, type TrainingRole } from '../../../../src/core/training/training-roles.ts';
import { AssessForm, RecordForms } from './person-training-forms.tsx';
import { TrainingNav } from './training-nav.tsx';
import { CERT_COLORS, NEED_LABELS, SOURCE_LABELS } from './training-view.ts';

const route = getRouteApi('/_app/training/people/$userId');

export function PersonTrainingPage() {
  const { userId } = route.useParams();
  const training = usePersonTraining(userId);
  if (training.isPending) return <Pending label="Loading training record" />;
  if (training.error) return <ProblemAlert error={training.error} title="This training record could not be shown" />;
  return <PersonTrainingView t={training.data} />;
}

function PersonTrainingView({ t }: { t: PersonTraining }) {
  const framework = useCompetencyFramework();
  const user = useCurrentUser();
  const isPmo = canEditRegister(user);
  const self = user.id === t.person.id;
  return (
    <Stack gap="md">
      <PageHeader title={`${t.person.name}: training`} subtitle={t.roles.length > 0 ? t.roles.map((r) => TRAINING_ROLE_INFO[r as TrainingRole]?.one ?? r).join(', ') : undefined} />
      <TrainingNav />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="md">
              <Title order={2} size="h5" mb="xs">Courses completed</Title>
              {t.records.length === 0 ? <Text size="sm" c="dimmed">None recorded.</Text> : (
                <Table aria-label="Courses completed" verticalSpacing={4}>
                  <Table.Tbody>{t.records.map((r) => <Table.Tr key={r.id}><Table.Td>{r.course.name}</Table.Td><Table.Td>{formatDate(r.completedOn)}</Table.Td><Table.Td>{r.score === null ? '—' : `${r.score} %`}</Table.Td></Table.Tr>)}</Table.Tbody>
                </Table>
              )}
            </Card>
            <Card withBorder radius="md" padding="md">
              <Title order={2} size="h5" mb="xs">Certifications</Title>
              {t.certifications.length === 0 ? <Text size="sm" c="dimmed">None recorded.</Text> : (
                <Table aria-label="Certifications" verticalSpacing={4}>
                  <Table.Tbody>
                    {t.certifications.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>{c.name}</Table.Td>
                        <Table.Td>{c.expiresOn ? `expires ${formatDate(c.expiresOn)}` : 'no expiry'}</Table.Td>
                        <Table.Td><Badge color={CERT_COLORS[c.state]} variant="light">{c.state}</Badge></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
            <Card withBorder radius="md" padding="md">
              <Title order={2} size="h5" mb="xs">Training needs</Title>
              {t.needs.length === 0 ? <Text size="sm" c="dimmed">None.</Text> : t.needs.map((n, i) => (
                <Text size="sm" key={i}><Badge size="xs" color={NEED_LABELS[n.kind].color} variant="light" mr={6}>{NEED_LABELS[n.kind].label}</Badge>{n.reason}{n.courses.length > 0 ? ` Courses: ${n.courses.map((c) => c.name).join('; ')}.` : ''}</Text>
              ))}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
          {isPmo ? <RecordForms userId={t.person.id} /> : null}
          <Card withBorder radius="md" padding="md">
            <Title order={2} size="h5" mb="xs">Competencies</Title>
            <Table aria-label="Competencies" verticalSpacing={4}>
              <Table.Tbody>
                {(framework.data?.competencies ?? []).map((c) => {
                  const cell = t.levels[c.key];
                  return <Table.Tr key={c.key}><Table.Td>{c.name}</Table.Td><Table.Td fw={600}>{cell?.level ?? '—'}</Table.Td><Table.Td><Text size="xs" c="dimmed">{cell?.source ? SOURCE_LABELS[cell.source] : 'no evidence'}</Text></Table.Td></Table.Tr>;
                })}
              </Table.Tbody>
            </Table>
            {self || isPmo ? <AssessForm userId={t.person.id} competencies={framework.data?.competencies ?? []} byPmo={!self} /> : null}
          </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
