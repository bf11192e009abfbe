// `orrery jobs list` and `orrery jobs retry ID`: the background job queue from the shell — what
// is queued, running, done or failed (with the error kept), and queuing a failed job again once
// its cause is fixed (a wrong SMTP password, a mail server that was down for longer than the retries).
import { Option, type Command } from 'commander';
import { listJobs, retryJob, type Job, type JobStatus } from '../../app/jobs/job-queue.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

const STATUSES: JobStatus[] = ['queued', 'running', 'done', 'failed'];
const COLUMNS: TextColumn<Job>[] = [
  { header: 'Id', value: (j) => j.id },
  { header: 'Kind', value: (j) => j.kind },
  { header: 'Status', value: (j) => j.status },
  { header: 'Tries', value: (j) => `${j.attempts}/${j.maxAttempts}`, align: 'right' },
  { header: 'Run at', value: (j) => j.runAt.slice(0, 19).replace('T', ' ') },
  { header: 'Last error', value: (j) => j.lastError ?? '', flex: true, min: 12 },
];

interface ListOptions extends CommonOptions {
  status?: JobStatus;
  kind?: string;
  limit: string;
  format: 'table' | 'json';
}

export function jobsCommands(program: Command): void {
  const jobs = program.command('jobs').description('the background job queue: e-mail of minutes, reminders and status reports');
  withDatabaseOptions(
    jobs
      .command('list')
      .description('jobs, newest first')
      .addOption(new Option('--status <status>', 'only jobs in this status').choices(STATUSES))
      .option('--kind <kind>', 'only jobs of this kind, e.g. send_minutes')
      .option('--limit <n>', 'at most this many', '50')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .addHelpText('after', '\nExamples:\n  orrery jobs list --status failed\n  orrery jobs list --kind communication_reminder --format json'),
  ).action(async (options: ListOptions) => {
    const runtime = await openRuntime(options);
    try {
      const items = await listJobs(runtime.deps.db, { ...(options.status && { status: options.status }), ...(options.kind && { kind: options.kind }), limit: Math.max(1, Number(options.limit) || 50) });
      if (options.format === 'json') console.log(JSON.stringify(items, null, 2));
      else if (items.length === 0) console.log('No jobs.');
      else for (const line of renderTable(COLUMNS, items, terminalWidth())) console.log(line);
    } finally {
      await runtime.database.close();
    }
  });
  withDatabaseOptions(jobs.command('retry').description('queue a failed job again now, its attempts reset').argument('<id>', 'the job’s id (from `orrery jobs list --status failed`)')).action(async (id: string, options: CommonOptions) => {
    const runtime = await openRuntime(options);
    try {
      const job = await retryJob(runtime.deps.db, runtime.deps.clock, id);
      console.log(`Job ${job.id} (${job.kind}) is queued again; a running server picks it up within seconds.`);
    } finally {
      await runtime.database.close();
    }
  });
}
