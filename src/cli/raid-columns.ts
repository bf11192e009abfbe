// What `orrery raid list` shows of each log in a terminal: the columns a PMO scans in a RAID review
// (a risk's rating and band, an issue's escalation, what is overdue, which dependency is
// threatened) and a footer that counts what needs attention.
import type { Action, Assumption, Decision, Dependency, Issue, RaidKind, Risk } from '../contracts/raid.schema.ts';
import type { TextColumn } from './text-table.ts';


const text = <R>(header: string, value: (r: R) => string | null, more: Partial<TextColumn<R>> = {}): TextColumn<R> => ({ header, value: (r) => value(r) ?? '', ...more });
const code = <R extends { code: string }>(): TextColumn<R> => text('Code', (r) => r.code);
const project = <R extends { projectCode: string }>(header = 'Project'): TextColumn<R> => text(header, (r) => r.projectCode);
const title = <R extends { title: string }>(): TextColumn<R> => text('Title', (r) => r.title, { flex: true, max: 60, min: 16 });
const owner = <R extends { ownerName: string | null }>(): TextColumn<R> => text('Owner', (r) => r.ownerName, { flex: true, max: 20 });
const status = <R extends { status: string }>(): TextColumn<R> => text('Status', (r) => r.status);
const dated = (date: string | null, late: boolean, marker = 'overdue'): string => (date === null ? '' : late ? `${date} ${marker}` : date);
const rating = (p: number | null, i: number | null): string => (p === null || i === null ? '' : `${p}×${i}=${p * i}`);

export const RAID_COLUMNS: { [K in RaidKind]: TextColumn<any>[] } = {
  risks: [
    code<Risk>(),
    project<Risk>(),
    title<Risk>(),
    text<Risk>('P×I', (r) => rating(r.probability, r.impact), { align: 'right' }),
    text<Risk>('Band', (r) => r.band),
    text<Risk>('Residual', (r) => rating(r.residualProbability, r.residualImpact), { align: 'right' }),
    text<Risk>('Strategy', (r) => r.strategy),
    owner<Risk>(),
    status<Risk>(),
    text<Risk>('Review', (r) => dated(r.reviewDate, r.reviewOverdue)),
  ],
  issues: [
    code<Issue>(),
    project<Issue>(),
    title<Issue>(),
    text<Issue>('Priority', (r) => r.priority),
    text<Issue>('Severity', (r) => r.severity),
    text<Issue>('Escalation', (r) => r.escalationLevel),
    text<Issue>('Due', (r) => dated(r.dueDate, r.overdue)),
    status<Issue>(),
  ],
  assumptions: [code<Assumption>(), project<Assumption>(), title<Assumption>(), status<Assumption>(), text<Assumption>('Validate by', (r) => dated(r.validateBy, r.validationOverdue))],
  decisions: [
    code<Decision>(),
    project<Decision>(),
    title<Decision>(),
    status<Decision>(),
    text<Decision>('Decided on', (r) => r.decidedOn),
    text<Decision>('Outcome', (r) => r.outcome, { flex: true, max: 60, min: 12 }),
  ],
  actions: [
    code<Action>(),
    project<Action>(),
    title<Action>(),
    owner<Action>(),
    text<Action>('Due', (r) => dated(r.dueDate, r.overdue)),
    status<Action>(),
    text<Action>('Source', (r) => (r.sourceType === null ? '' : `${r.sourceType} ${r.sourceCode ?? ''}`.trim())),
  ],
  dependencies: [
    code<Dependency>(),
    project<Dependency>('Consumer'),
    title<Dependency>(),
    text<Dependency>('Provider', (r) => (r.providerTaskName ? `${r.providerProjectCode} / ${r.providerTaskName}` : r.providerProjectCode), { flex: true, max: 40, min: 12 }),
    text<Dependency>('Needed by', (r) => r.neededBy),
    text<Dependency>('Forecast', (r) => r.forecastDate),
    text<Dependency>('Slip (d)', (r) => (r.slipDays === null ? '' : r.slipDays > 0 ? `+${r.slipDays}` : String(r.slipDays)), { align: 'right' }),
    text<Dependency>('Threat', (r) => (r.threatened ? 'THREATENED' : '')),
  ],
};

const NOUNS: Record<RaidKind, [string, string]> = {
  risks: ['risk', 'risks'],
  issues: ['issue', 'issues'],
  assumptions: ['assumption', 'assumptions'],
  decisions: ['decision', 'decisions'],
  actions: ['action', 'actions'],
  dependencies: ['dependency', 'dependencies'],
};

export const nounOf = (kind: RaidKind, n: number): string => `${n} ${NOUNS[kind][n === 1 ? 0 : 1]}`;

const counted = (parts: Array<[number, string]>): string => parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join(', ');

/** What needs attention in a log: risks per band, what is overdue, threatened dependencies. */
function attention(kind: RaidKind, items: readonly any[]): string {
  switch (kind) {
    case 'risks': {
      const open = (items as Risk[]).filter((r) => r.status === 'open');
      const bands = new Map<string, number>();
      for (const r of open) bands.set(r.band, (bands.get(r.band) ?? 0) + 1); // the list is by score, so bands come highest first
      const byBand = [...bands].map(([band, n]) => `${n} ${band}`).join(', ');
      return counted([[open.length, `open (${byBand})`], [(items as Risk[]).filter((r) => r.reviewOverdue).length, 'past their review date']]);
    }
    case 'issues':
      return counted([[(items as Issue[]).filter((i) => i.overdue).length, 'overdue'], [(items as Issue[]).filter((i) => i.escalationLevel !== 'project' && i.status !== 'resolved' && i.status !== 'closed').length, 'escalated']]);
    case 'actions':
      return counted([[(items as Action[]).filter((a) => a.overdue).length, 'overdue']]);
    case 'assumptions':
      return counted([[(items as Assumption[]).filter((a) => a.validationOverdue).length, 'past their validate-by date']]);
    case 'decisions':
      return counted([[(items as Decision[]).filter((d) => d.status === 'proposed').length, 'waiting for a decision']]);
    case 'dependencies':
      return counted([[(items as Dependency[]).filter((d) => d.threatened).length, 'THREATENED']]);
  }
}

/** "12 risks in 4 projects: 10 open (3 critical, 5 high, 2 medium)." */
export function footerOf(kind: RaidKind, items: ReadonlyArray<{ projectCode: string }>, scope: { project?: string | undefined; filtered: boolean }): string {
  if (items.length === 0) return `No ${NOUNS[kind][1]}${scope.project ? ` in ${scope.project}` : ''}${scope.filtered ? ' match the filters' : ''}.`;
  const projects = new Set(items.map((i) => i.projectCode));
  const where = projects.size === 1 ? `in ${[...projects][0]}` : `in ${projects.size} projects`;
  const notes = attention(kind, items);
  return `${nounOf(kind, items.length)} ${where}${notes ? `: ${notes}` : ''}.`;
}
