// The header's bell: the count of my unread notifications on it, and a drop-down with the latest
// unread ones, "mark all read" and the way to the full list and e-mail choices. It asks the
// server every minute, so an approval waiting shows up without reloading the page.
import { useState } from 'react';
import { ActionIcon, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useMarkNotificationsRead, useUnreadNotifications } from '../../api/notifications.ts';
import { ButtonLink } from '../../ui/router-links.tsx';
import { NotificationRow } from './notification-row.tsx';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const unread = useUnreadNotifications();
  const markRead = useMarkNotificationsRead();
  const count = unread.data?.unreadCount ?? 0;
  const items = unread.data?.items ?? [];
  const label = count === 0 ? 'Notifications: none unread' : `Notifications: ${count} unread`;
  return (
    <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" shadow="md">
      <Popover.Target>
        <Indicator label={count > 99 ? '99+' : count} size={16} color="red" disabled={count === 0} offset={4} data-testid="notification-count">
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} onClick={() => setOpened((o) => !o)}>
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" mb="xs">
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Button size="compact-xs" variant="subtle" disabled={count === 0} loading={markRead.isPending} onClick={() => markRead.mutate({ all: true })}>
            Mark all read
          </Button>
        </Group>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {unread.isError ? 'Notifications could not be read just now.' : 'Nothing new.'}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420}>
            <Stack gap={4}>
              {items.map((n) => (
                <NotificationRow key={n.id} notification={n} onOpen={() => setOpened(false)} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Divider my="xs" />
        <ButtonLink to="/notifications" variant="light" size="xs" fullWidth onClick={() => setOpened(false)}>
          All notifications and e-mail settings
        </ButtonLink>
      </Popover.Dropdown>
    </Popover>
  );
}
