// The `orrery` command as a user runs it: a real process on a temporary data directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-cli-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));


describe('orrery CLI', { timeout: CLI_TIMEOUT }, () => {
  it('explains itself and every sub-command in --help', async () => {
    const top = await orrery('--help');
    for (const command of ['serve', 'start', 'migrate', 'demo', 'user', 'token']) expect(top.stdout).toContain(command);
    expect(top.stdout).toContain('DATABASE_URL');
    for (const sub of [['serve'], ['start'], ['migrate'], ['demo'], ['user', 'create'], ['user', 'list'], ['token', 'create']]) {
      const help = await orrery(...sub, '--help');
      expect(help.code, sub.join(' ')).toBe(0);
      expect(help.stdout).toContain('Usage: orrery');
      expect(help.stdout).toMatch(/--data-dir/);
    }
  });

  it('migrates, loads the demo, creates a user and a token', async () => {
    const dir = dataDir();
    expect((await orrery('migrate', '--data-dir', dir)).stdout).toContain('2026-11-23T1900-register-and-accounts');
    expect((await orrery('migrate', '--data-dir', dir)).stdout).toContain('up to date');
    const demo = await orrery('demo', '--data-dir', dir);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toContain('Loaded 10 people, 5 objectives, 3 portfolios, 4 programs, 15 projects.');
    expect(demo.stdout).toContain('priya.shah@example.com');
    const again = await orrery('demo', '--data-dir', dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already holds projects');

    const user = await orrery('user', 'create', '--data-dir', dir, '--email', 'ana@corp.example', '--name', 'Ana Ruiz', '--role', 'pmo');
    expect(user.code, user.stderr).toBe(0);
    expect(user.stdout).toMatch(/Created pmo Ana Ruiz <ana@corp.example>/);
    expect(user.stdout).toMatch(/Password \(shown once\): \S{12,}/);
    const token = await orrery('token', 'create', '--data-dir', dir, '--email', 'ana@corp.example', '--name', 'script', '--expires-in-days', '30');
    expect(token.code, token.stderr).toBe(0);
    expect(token.stdout).toMatch(/^orr_\S+$/m);
    const list = await orrery('user', 'list', '--data-dir', dir);
    expect(list.stdout).toContain('ana@corp.example');
  });

  it('fails with a clear message and exit code 1 on bad input', async () => {
    const dir = dataDir();
    const badRole = await orrery('user', 'create', '--data-dir', dir, '--email', 'a@b.org', '--name', 'A', '--role', 'boss');
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain('choose one of admin, pmo, executive, member');
    const shortPassword = await orrery('user', 'create', '--data-dir', dir, '--email', 'a@b.org', '--name', 'A', '--password', 'short');
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toContain('at least 12 characters');
    const noUser = await orrery('token', 'create', '--data-dir', dir, '--email', 'ghost@b.org');
    expect(noUser.stderr).toContain('No account has the e-mail ghost@b.org');
    const badUrl = await orrery('migrate', '--database-url', 'mysql://x');
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr).toContain('DATABASE_URL must be');
  });

  it('serves: /readyz answers on the chosen port, and a taken port is explained', async () => {
    const dir = dataDir();
    const { spawn } = await import('node:child_process');
    const port = 41000 + Math.floor(Math.random() * 2000);
    const server = spawn('node', ['bin/orrery.js', 'serve', '--data-dir', dir, '--port', String(port)], { env: { ...process.env, LOG_LEVEL: 'warn' } });
    let output = '';
    server.stdout.on('data', (d) => (output += d));
    try {
      for (let i = 0; i < 300 && !output.includes('Orrery is running'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(output).toContain(`http://127.0.0.1:${port}/`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready' });
      const taken = await orrery('serve', '--data-dir', dir, '--port', String(port));
      expect(taken.code).toBe(1);
      expect(taken.stderr).toContain(`Port ${port} is taken`);
    } finally {
      server.kill('SIGTERM');
    }
  });
});
