// Runs the `orrery` command as a user does: a real process, its exit code and output.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Each CLI test starts real processes, which load TypeScript cold on a fresh clone: the limit only guards against a hang. */
export const CLI_TIMEOUT = 120_000;

/** `orrery ARGS…` with no database or data directory from the environment. */
export async function orrery(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/orrery.js', ...args], { env: { ...process.env, DATABASE_URL: '', ORRERY_DATA_DIR: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
