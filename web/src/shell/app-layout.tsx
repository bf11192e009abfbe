// The signed-in frame around every page: header (Orrery, my notifications' bell, who I am, sign
// out), the navbar, and the page itself in <Outlet />. If the session ends (sign-out, expiry) it
// sends the user to /login, from where signing in comes back to the same page.
import { useEffect } from 'react';
import { AppShell, Badge, Burger, Button, Group, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouter } from '@tanstack/react-router';
import { sessionQuery, useLogout } from '../api/session.ts';
import { ORG_ROLE_LABELS } from '../ui/labels.ts';
import { NavLinkLink } from '../ui/router-links.tsx';
import { NotificationBell } from '../features/notifications/notification-bell.tsx';
import { NAV_ITEMS } from './nav-items.ts';

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { data: session } = useQuery(sessionQuery);
  const router = useRouter();
  const logout = useLogout();

  // Once per change of session (not per render: a redirect that renders would loop).
  useEffect(() => {
    if (session === null) void router.navigate({ to: '/login', search: { redirect: router.state.location.href }, replace: true });
  }, [session, router]);

  if (!session) return null;
  const { user } = session;

  const signOut = () => logout.mutate();

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={2} size="h4" c="indigo.8">
              Orrery
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationBell />
            <Text size="sm" fw={500} data-testid="current-user">
              {user.name}
            </Text>
            <Badge variant="light" color="gray">
              {ORG_ROLE_LABELS[user.orgRole]}
            </Badge>
            <Button variant="subtle" size="compact-sm" onClick={signOut} loading={logout.isPending}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        {/* The links outgrow short windows: the navbar scrolls on its own, the page stays put. */}
        <AppShell.Section grow component={ScrollArea}>
          {NAV_ITEMS.filter((item) => item.visibleTo?.(user) ?? true).map(({ Count, ...item }) => (
            <NavLinkLink key={item.to} to={item.to} label={item.label} activeOptions={{ exact: item.exact ?? false }}
              activeProps={{ active: true }} onClick={close} rightSection={Count ? <Count /> : undefined} />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
