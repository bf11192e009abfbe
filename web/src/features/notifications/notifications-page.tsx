// All my notifications (or only the unread ones), newest first, a page at a time, with "mark all
// read"; and my choice of which kinds also come by e-mail. When this Orrery sends no e-mail the
// choices are kept for when it does, and the page says so.
import { useState } from 'react';
import { Alert, Button, Card, Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useMarkNotificationsRead, useNotificationPreferences, useNotifications, useSetNotificationEmail } from '../../api/notifications.ts';
import type { NotificationKind } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { NotificationRow } from './notification-row.tsx';

const PAGE = 50;

export function NotificationsPage() {
  const [show, setShow] = useState<'unread' | 'all'>('unread');
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const list = useNotifications({ limit: PAGE, ...(show === 'unread' && { unread: 'true' as const }), ...(cursor && { cursor }) });
  const markRead = useMarkNotificationsRead();
  const choose = (value: string) => {
    setShow(value as 'unread' | 'all');
    setCursors([]);
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Notifications"
        subtitle="Approvals waiting for you, reports due or sent back, actions assigned to you, policy breaches on your projects and mentions."
        actions={
          <Button variant="default" disabled={!list.data?.unreadCount} loading={markRead.isPending} onClick={() => markRead.mutate({ all: true })}>
            Mark all read
          </Button>
        }
      />
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <SegmentedControl value={show} onChange={choose} data={[{ value: 'unread', label: `Unread${list.data ? ` (${list.data.unreadCount})` : ''}` }, { value: 'all', label: 'All' }]} aria-label="Which notifications" />
        </Group>
        {list.isPending ? (
          <Pending label="Loading notifications" />
        ) : list.error ? (
          <ProblemAlert error={list.error} title="Notifications could not be read" />
        ) : list.data.items.length === 0 ? (
          <Text c="dimmed" py="lg" ta="center">
            {show === 'unread' ? 'You are up to date: nothing unread.' : 'No notifications yet.'}
          </Text>
        ) : (
          <Stack gap={4}>
            {list.data.items.map((n) => (
              <NotificationRow key={n.id} notification={n} />
            ))}
          </Stack>
        )}
        <Group justify="flex-end" mt="sm" gap="xs">
          {cursors.length > 0 && (
            <Button variant="subtle" size="xs" onClick={() => setCursors((c) => c.slice(0, -1))}>
              Newer
            </Button>
          )}
          {list.data?.nextCursor && (
            <Button variant="subtle" size="xs" onClick={() => setCursors((c) => [...c, list.data.nextCursor!])}>
              Older
            </Button>
          )}
        </Group>
      </Card>
      <EmailChoices />
    </Stack>
  );
}

function EmailChoices() {
  const prefs = useNotificationPreferences();
  const setEmail = useSetNotificationEmail();
  if (prefs.isPending) return <Pending label="Loading e-mail settings" />;
  if (prefs.error) return <ProblemAlert error={prefs.error} title="E-mail settings could not be read" />;
  const toggle = (kind: NotificationKind, email: boolean) => setEmail.mutate({ [kind]: email });
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        By e-mail too
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Everything shows here and on the bell. Choose what also comes to {prefs.data.email}.
      </Text>
      {!prefs.data.mailEnabled && (
        <Alert color="yellow" mb="sm" title="This Orrery sends no e-mail yet">
          An administrator sets SMTP_URL and MAIL_FROM to turn e-mail on; your choices are kept until then.
        </Alert>
      )}
      {setEmail.error && <ProblemAlert error={setEmail.error} title="Your choice was not saved" />}
      <Stack gap="sm">
        {prefs.data.kinds.map((k) => (
          <Switch key={k.kind} checked={k.email} onChange={(e) => toggle(k.kind, e.currentTarget.checked)} disabled={setEmail.isPending} label={k.label} description={k.description} />
        ))}
      </Stack>
    </Card>
  );
}
