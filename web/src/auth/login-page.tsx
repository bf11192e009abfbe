// Sign-in with e-mail and password. On success it goes back to the page that sent the user here.
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { describeProblem, isApiProblem } from '../api/api-problem.ts';
import { useLogin } from '../api/session.ts';
import { safeRedirect } from './safe-redirect.ts';

const loginRoute = getRouteApi('/login');

export function LoginPage() {
  const { redirect } = loginRoute.useSearch();
  const router = useRouter();
  const login = useLogin();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : 'Enter your e-mail address.'),
      password: (v) => (v ? null : 'Enter your password.'),
    },
  });

  const submit = form.onSubmit((values) => {
    login.mutate(
      { email: values.email.trim(), password: values.password },
      { onSuccess: () => router.history.push(safeRedirect(redirect)) },
    );
  });

  const error = login.error;
  const errorTitle = isApiProblem(error) && error.status === 429 ? 'Too many attempts' : 'Could not sign in';

  return (
    <Center mih="100vh" bg="var(--mantine-color-gray-0)" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={400}>
        <form onSubmit={submit} noValidate aria-label="Sign in">
          <Stack>
            <div>
              <Title order={1} size="h2">
                Orrery
              </Title>
              <Text c="dimmed" size="sm">
                Sign in to the project management office.
              </Text>
            </div>
            {error ? (
              <Alert color="red" title={errorTitle} role="alert">
                {describeProblem(error)}
              </Alert>
            ) : null}
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="username"
              required
              autoFocus
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
