// Starts a real Orrery server for a browser test: a fresh data directory, the accounts the test
// needs (created with the CLI), `orrery serve` on a free port, and a wait for /readyz.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(REPO_ROOT, 'bin', 'orrery.js');

export interface TestAccount {
  email: string;
  name: string;
  role: 'admin' | 'pmo' | 'executive' | 'member';
  password: string;
}

export interface OrreryServer {
  baseUrl: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Builds the web app when dist/web is missing (the test runner normally builds it first). */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(REPO_ROOT, 'dist', 'web', 'index.html'))) return;
  await run('npm', ['run', 'build:web', '--silent'], { cwd: REPO_ROOT });
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`orrery serve exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`orrery serve was not ready after ${timeoutMs} ms:\n${output()}`);
}

export async function startOrrery(accounts: readonly TestAccount[]): Promise<OrreryServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'orrery-e2e-'));
  const env = { ...process.env, LOG_LEVEL: 'warn', ORRERY_WEB_DIR: join(REPO_ROOT, 'dist', 'web') };
  for (const a of accounts) {
    await run(process.execPath, [CLI, 'user', 'create', '--data-dir', dataDir, '--email', a.email, '--name', a.name, '--role', a.role, '--password', a.password], { cwd: REPO_ROOT, env });
  }
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, output, stop };
}
