// Compliance as a spreadsheet: one row per breach (project, policy, severity, what is wrong) and a
// summary per policy, for the PMO's assurance pack.
import type { ComplianceExportQuery } from '../../contracts/policy.schema.ts';
import type { AppContext } from '../context.ts';
import { column, exportSheets, type ExportedFile } from '../shared/table-export.ts';
import { getCompliance } from './compliance.ts';

interface BreachRow {
  projectCode: string;
  projectName: string;
  phase: string;
  policyName: string;
  severity: string;
  message: string;
  items: string;
}
interface PolicyRow {
  policyName: string;
  severity: string;
  projects: number;
  items: number;
}

const breach = column<BreachRow>;
const policy = column<PolicyRow>;

export async function exportCompliance(ctx: AppContext, query: ComplianceExportQuery): Promise<ExportedFile> {
  const { format, ...scope } = query;
  const compliance = await getCompliance(ctx, scope);
  const breaches: BreachRow[] = compliance.projects.flatMap((p) =>
    p.breaches.map((b) => ({ projectCode: p.projectCode, projectName: p.projectName, phase: p.phase, policyName: b.policyName, severity: b.severity, message: b.message, items: b.items.map((i) => i.code ?? i.kind).join(', ') })),
  );
  const sheets = [
    {
      name: 'Breaches',
      title: `Compliance ${compliance.asOf}`,
      rows: breaches,
      columns: [breach('Project', (r) => r.projectCode), breach('Project name', (r) => r.projectName, 'text', 30), breach('Phase', (r) => r.phase), breach('Policy', (r) => r.policyName, 'text', 30), breach('Severity', (r) => r.severity), breach('What is wrong', (r) => r.message, 'text', 60), breach('Items', (r) => r.items, 'text', 30)],
    },
    {
      name: 'By policy',
      rows: compliance.summary.byPolicy as PolicyRow[],
      columns: [policy('Policy', (r) => r.policyName, 'text', 30), policy('Severity', (r) => r.severity), policy('Projects breaching', (r) => r.projects, 'number'), policy('Items', (r) => r.items, 'number')],
    },
  ];
  const name = query.projectId && compliance.projects[0] ? `compliance-${compliance.projects[0].projectCode}` : `compliance-${compliance.asOf}`;
  return exportSheets(ctx, sheets, format, name);
}
