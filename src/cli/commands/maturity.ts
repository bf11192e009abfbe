// `orrery maturity list` and `orrery maturity show MAT-001`: the PMO's maturity assessments from the
// shell — every assessment with its level and score per dimension, and one with each dimension's
// score, level and change since the last closed assessment, and the improvement steps.
import { Option, type Command } from 'commander';
import type { MaturityAssessment, MaturityAssessmentList } from '../../contracts/maturity.schema.ts';
import { getMaturityAssessment, listMaturityAssessments } from '../../app/maturity/maturity-queries.ts';
import { maturityAssessmentByCode } from '../lookups.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

type Summary = MaturityAssessmentList['items'][number];
type Dimension = MaturityAssessment['result']['dimensions'][number] & { change: number | null };

const score = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : x.toFixed(2));
const signed = (x: number | null): string => (x === null ? '—' : `${x >= 0 ? '+' : ''}${x.toFixed(2)}`);

function listColumns(items: readonly Summary[]): TextColumn<Summary>[] {
  const dimensions = items[0]?.dimensions ?? [];
  return [
    { header: 'Code', value: (a) => a.code },
    { header: 'Title', value: (a) => a.title, flex: true, max: 40, min: 12 },
    { header: 'Taken', value: (a) => a.openedOn },
    { header: 'Status', value: (a) => a.status },
    { header: 'Answered', value: (a) => `${a.answered}/${a.respondents}`, align: 'right' },
    { header: 'Level', value: (a) => String(a.level ?? '—'), align: 'right' },
    { header: 'Score', value: (a) => score(a.score), align: 'right' },
    ...dimensions.map((d): TextColumn<Summary> => ({ header: d.name, value: (a) => score(a.dimensions.find((x) => x.key === d.key)?.score), align: 'right' })),
  ];
}

const DIMENSION_COLUMNS: TextColumn<Dimension>[] = [
  { header: 'Dimension', value: (d) => d.name },
  { header: 'Score', value: (d) => score(d.score), align: 'right' },
  { header: 'Level', value: (d) => String(d.level ?? '—'), align: 'right' },
  { header: 'Change', value: (d) => signed(d.change), align: 'right' },
  { header: 'Disputed', value: (d) => d.questions.filter((q) => q.disputed).map((q) => q.key).join(', '), flex: true, max: 40 },
];

function printAssessment(a: MaturityAssessment): void {
  console.log(`${a.code} · ${a.title} (${a.status}, taken ${a.openedOn}; ${a.respondents.filter((r) => r.answered).length} of ${a.respondents.length} answered)`);
  console.log(a.previous ? `Change since ${a.previous.code} (${a.previous.openedOn}).` : 'No earlier closed assessment to compare with.');
  console.log('');
  const rows: Dimension[] = a.result.dimensions.map((d, i) => ({ ...d, change: a.changes[i]?.change ?? null }));
  for (const line of renderTable(DIMENSION_COLUMNS, rows, terminalWidth())) console.log(line);
  console.log(`\nOverall: level ${a.result.level ?? '—'}, score ${score(a.result.score)} of 5.`);
  if (a.improvementSteps.length > 0) {
    console.log('\nImprovement steps:');
    for (const s of a.improvementSteps) console.log(`  ${s.questionKey} (${score(s.score)} → ${s.targetLevel}): ${s.nextPractice}`);
  }
}

export function maturityCommands(program: Command): void {
  const maturity = program.command('maturity').description('PMO maturity assessments: scores per dimension over time and what to improve next');
  const format = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

  withDatabaseOptions(maturity.command('list').description('every assessment, latest first, with its level and score per dimension').addOption(format()))
    .action(async (options: CommonOptions & { format: 'table' | 'json' }) => {
      const runtime = await openRuntime(options);
      try {
        const { items } = await listMaturityAssessments(runtime.system);
        if (options.format === 'json') console.log(JSON.stringify(items, null, 2));
        else if (items.length === 0) console.log('No maturity assessment yet. The PMO opens one on the PMO maturity page.');
        else for (const line of renderTable(listColumns(items), items, terminalWidth())) console.log(line);
      } finally {
        await runtime.database.close();
      }
    });

  withDatabaseOptions(
    maturity.command('show').argument('<code>', 'the assessment, e.g. MAT-001').description('an assessment: each dimension\'s score, level and change, and the improvement steps').addOption(format()),
  ).action(async (code: string, options: CommonOptions & { format: 'table' | 'json' }) => {
    const runtime = await openRuntime(options);
    try {
      const assessment = await getMaturityAssessment(runtime.system, (await maturityAssessmentByCode(runtime, code)).id);
      if (options.format === 'json') console.log(JSON.stringify(assessment, null, 2));
      else printAssessment(assessment);
    } finally {
      await runtime.database.close();
    }
  });
}
