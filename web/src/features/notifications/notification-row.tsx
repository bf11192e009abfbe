// One notification, as the bell and the page show it: its kind, its line, the detail cut short, the
// project and when. Opening it marks it read and goes where it leads.
import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import { useMarkNotificationsRead } from '../../api/notifications.ts';
import type { Notification } from '../../api/types.ts';
import { formatInstant } from '../../ui/dates.ts';
import { NOTIFICATION_KIND_COLOURS, NOTIFICATION_KIND_LABELS } from './notification-labels.ts';

export function NotificationRow({ notification: n, onOpen }: { notification: Notification; onOpen?: () => void }) {
  const router = useRouter();
  const markRead = useMarkNotificationsRead();
  const open = () => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    onOpen?.();
    void router.navigate({ href: n.link });
  };
  return (
    <UnstyledButton onClick={open} w="100%" p="xs" style={{ borderRadius: 4, background: n.readAt ? undefined : 'var(--mantine-color-indigo-0)' }} data-testid="notification" aria-label={n.title}>
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm" fw={n.readAt ? 400 : 600} lineClamp={2}>
            {n.title}
          </Text>
          <Badge size="xs" variant="light" color={NOTIFICATION_KIND_COLOURS[n.kind]} style={{ flexShrink: 0 }}>
            {NOTIFICATION_KIND_LABELS[n.kind]}
          </Badge>
        </Group>
        {n.body && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {n.body}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {[n.projectCode, formatInstant(n.createdAt)].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
    </UnstyledButton>
  );
}
