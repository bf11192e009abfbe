// The pages around the portfolio form: new (PMO, admin) and edit (PMO, admin, with If-Match).
import { useState } from 'react';
import { Alert, Card, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCreatePortfolio, usePortfolio, useUpdatePortfolio } from '../../api/portfolios.ts';
import type { Portfolio, PortfolioUpdate } from '../../api/types.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { PortfolioForm, portfolioFormValues, type PortfolioFormValues } from './portfolio-form.tsx';

const editRoute = getRouteApi('/_app/portfolios/$portfolioId/edit');

const NOT_ALLOWED = <Alert color="yellow" title="Not allowed">Only the PMO and administrators change portfolios.</Alert>;

export function PortfolioCreatePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreatePortfolio();
  if (!canEditRegister(user)) return NOT_ALLOWED;
  return (
    <Stack maw={720}>
      <PageHeader title="New portfolio" />
      <ProblemAlert error={create.error} />
      <Card withBorder radius="md" padding="lg">
        <PortfolioForm
          mode="create"
          initialValues={portfolioFormValues()}
          submitting={create.isPending}
          onSubmit={async (v) => {
            const created = await create.mutateAsync({
              ...(v.code.trim() ? { code: v.code.trim().toUpperCase() } : {}),
              name: v.name.trim(),
              description: v.description,
              ownerId: v.ownerId,
            });
            await navigate({ to: '/portfolios/$portfolioId', params: { portfolioId: created.id } });
          }}
          onCancel={() => void navigate({ to: '/portfolios' })}
        />
      </Card>
    </Stack>
  );
}

export function PortfolioEditPage() {
  const { portfolioId } = editRoute.useParams();
  const portfolio = usePortfolio(portfolioId);
  if (portfolio.isPending) return <Pending label="Loading portfolio" />;
  if (portfolio.error) return <ProblemAlert error={portfolio.error} />;
  return <PortfolioEditor loaded={portfolio.data} refetch={async () => (await portfolio.refetch()).data} />;
}

function toPatch(v: PortfolioFormValues, original: Portfolio): PortfolioUpdate {
  const patch: PortfolioUpdate = {};
  if (v.name.trim() !== original.name) patch.name = v.name.trim();
  if (v.description !== original.description) patch.description = v.description;
  if (v.ownerId !== original.ownerId) patch.ownerId = v.ownerId;
  return patch;
}

function PortfolioEditor({ loaded, refetch }: { loaded: Portfolio; refetch: () => Promise<Portfolio | undefined> }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const update = useUpdatePortfolio(loaded.id);
  const [base, setBase] = useState(loaded);
  const toDetail = () => void navigate({ to: '/portfolios/$portfolioId', params: { portfolioId: base.id } });
  const reload = async () => {
    const fresh = await refetch();
    if (fresh) setBase(fresh);
    update.reset();
  };

  if (!canEditRegister(user)) return NOT_ALLOWED;
  return (
    <Stack maw={720}>
      <PageHeader title={`Edit ${base.code}`} subtitle={base.name} />
      <ProblemAlert error={update.error} onReload={() => void reload()} />
      <Card withBorder radius="md" padding="lg">
        <PortfolioForm
          key={base.version}
          mode="edit"
          initialValues={portfolioFormValues(base)}
          submitting={update.isPending}
          onSubmit={async (v) => {
            const patch = toPatch(v, base);
            if (Object.keys(patch).length > 0) await update.mutateAsync({ version: base.version, patch });
            toDetail();
          }}
          onCancel={toDetail}
        />
      </Card>
    </Stack>
  );
}
