// The risk register's columns: rating before and after the response in the band colours of the
// PMO's matrix, the response strategy, and the review date flagged when it has passed.
import type { Risk, RiskMatrix } from '../../api/types.ts';
import { DueDate, RaidStatusBadge, ScoreBadge } from './raid-badges.tsx';
import { commonColumns } from './raid-columns.tsx';
import { RISK_STRATEGY_LABELS, labelOf } from './raid-labels.ts';
import type { RaidColumn } from './raid-table.tsx';

export function riskColumns(matrix: RiskMatrix | undefined, showProject: boolean): RaidColumn<Risk>[] {
  const { project, owner } = commonColumns<Risk>();
  return [
    ...(showProject ? [project] : []),
    { key: 'category', label: 'Category', cell: (r) => r.category },
    owner,
    {
      key: 'score',
      label: 'Rating',
      sort: 'score',
      cell: (r) => <ScoreBadge matrix={matrix} probability={r.probability} impact={r.impact} score={r.score} band={r.band} />,
    },
    {
      key: 'residual',
      label: 'Residual',
      sort: 'residualScore',
      cell: (r) => <ScoreBadge matrix={matrix} probability={r.residualProbability} impact={r.residualImpact} score={r.residualScore} band={r.residualBand} />,
    },
    { key: 'strategy', label: 'Strategy', cell: (r) => labelOf(RISK_STRATEGY_LABELS, r.strategy) },
    { key: 'review', label: 'Review', sort: 'reviewDate', cell: (r) => <DueDate date={r.reviewDate} overdue={r.reviewOverdue} /> },
    { key: 'status', label: 'Status', sort: 'status', cell: (r) => <RaidStatusBadge kind="risks" status={r.status} /> },
  ];
}
