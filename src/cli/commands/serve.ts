// `orrery serve` (real use: no demo data) and `orrery start` (first run: demo organisation).
import type { Command } from 'commander';
import { buildApp } from '../../server/build-app.ts';
import { startBackgroundJobs } from '../../server/background-jobs.ts';
import { isRegisterEmpty, loadDemo } from '../../app/demo/load-demo.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions, type Runtime } from '../runtime.ts';
import { printDemoLogins } from './demo.ts';

async function listen(runtime: Runtime): Promise<void> {
  const { config, deps, database } = runtime;
  const app = await buildApp(config, deps);
  const jobs = await startBackgroundJobs(config, deps, (line) => app.log.warn(line));
  const shutdown = async (signal: string) => {
    console.log(`\n${signal}: stopping Orrery…`);
    await app.close();
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await jobs.stop();
    const e = error as NodeJS.ErrnoException;
    const hint = e.code === 'EADDRINUSE' ? ` Port ${config.port} is taken: choose another with --port or PORT.` : '';
    throw new Error(`Could not listen on ${config.host}:${config.port}: ${e.message}.${hint}`, { cause: error });
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(`\nOrrery is running at http://${shownHost}:${port}/  (API docs: http://${shownHost}:${port}/api/docs)`);
  console.log(`Data: ${database.description}; ${jobs.description}. Stop with Ctrl+C.`);
}

const addServerOptions = (command: Command): Command =>
  withDatabaseOptions(command)
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1; 0.0.0.0 for all interfaces)');

export function serveCommand(program: Command): void {
  addServerOptions(program.command('serve').description('run the Orrery server (applies pending migrations; no demo data)')).action(async (options: CommonOptions) => {
    await listen(await openRuntime(options, console.log));
  });

  addServerOptions(
    program.command('start').description('first-run experience: load the demo organisation into an empty database, then serve'),
  ).action(async (options: CommonOptions) => {
    const opened = await openRuntime(options, console.log);
    // A first look wants the URL and the logins, not request logs: quieter unless LOG_LEVEL says otherwise.
    const runtime = process.env.LOG_LEVEL ? opened : { ...opened, config: Object.freeze({ ...opened.config, logLevel: 'warn' as const }) };
    if (await isRegisterEmpty(runtime.deps)) {
      console.log('Empty database: loading the demo organisation…');
      const summary = await loadDemo(runtime.system, (step) => console.log(`  · ${step}`));
      await listen(runtime);
      printDemoLogins(summary.people, summary.password);
    } else {
      await listen(runtime);
      console.log('Existing data found; the demo was not loaded. Sign in with your own account.');
    }
  });
}
