// `orrery training needs [--json]`: who needs which training — managers of high-risk projects without
// a current project-management certification, certifications expiring within 90 days, and gaps
// against a role's required levels — with the reason and the catalogue's courses that meet each need.
import type { Command } from 'commander';
import type { TrainingNeed } from '../../contracts/training.schema.ts';
import { getTrainingNeeds } from '../../app/training/training-queries.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

const KIND: Record<TrainingNeed['kind'], string> = {
  high_risk_uncertified: 'High-risk, uncertified',
  certification_expiring: 'Certification expiring',
  competency_gap: 'Competency gap',
};

const COLUMNS: TextColumn<TrainingNeed>[] = [
  { header: 'Person', value: (n) => n.person.name },
  { header: 'Need', value: (n) => KIND[n.kind] },
  { header: 'Why', value: (n) => n.reason, flex: true, max: 90, min: 20 },
  { header: 'Courses', value: (n) => n.courses.map((c) => c.code).join(', ') || '—', max: 30 },
];

export function trainingCommands(program: Command): void {
  const training = program.command('training').description('training and competencies: who needs which training');
  withDatabaseOptions(training.command('needs').description('who needs which training, why, and the courses that meet it').option('--json', 'print JSON'))
    .action(async (options: CommonOptions & { json?: boolean }) => {
      const runtime = await openRuntime(options);
      try {
        const needs = await getTrainingNeeds(runtime.system);
        if (options.json) console.log(JSON.stringify(needs, null, 2));
        else if (needs.items.length === 0) console.log('Nobody needs training: every project manager meets the required levels and no certification is running out.');
        else {
          for (const line of renderTable(COLUMNS, needs.items, terminalWidth())) console.log(line);
          console.log(`\n${needs.items.length} needs. A project is high-risk from exposure ${needs.highRiskExposure} (the risk matrix's high band).`);
        }
      } finally {
        await runtime.database.close();
      }
    });
}
