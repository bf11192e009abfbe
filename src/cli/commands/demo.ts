// `orrery demo`: loads the demo organisation into an empty database.
import type { Command } from 'commander';
import { loadDemo } from '../../app/demo/load-demo.ts';
import type { DemoPerson } from '../../app/demo/demo-organisation.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

export function printDemoLogins(people: readonly DemoPerson[], password: string): void {
  console.log(`\nDemo logins (password for all: ${password}):`);
  for (const p of people) console.log(`  ${p.orgRole.padEnd(10)} ${p.email.padEnd(28)} ${p.name}, ${p.title}`);
}

export function demoCommand(program: Command): void {
  withDatabaseOptions(program.command('demo').description('load the demo organisation (3 portfolios, 4 programs, 15 projects, people in every role) into an empty database')).action(
    async (options: CommonOptions) => {
      const runtime = await openRuntime(options, console.log);
      try {
        console.log(`Loading the demo organisation into ${runtime.database.description}…`);
        const summary = await loadDemo(runtime.system, (step) => console.log(`  · ${step}`));
        const c = summary.counts;
        console.log(`Loaded ${c.users} people, ${c.objectives} objectives, ${c.portfolios} portfolios, ${c.programs} programs, ${c.projects} projects.`);
        printDemoLogins(summary.people, summary.password);
      } finally {
        await runtime.database.close();
      }
    },
  );
}
