import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to SQLite in ./data on 127.0.0.1:3000', () => {
    const config = loadConfig({}, {});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1' });
    expect(config.databaseUrl).toMatch(/^sqlite:.*data\/orrery\.db$/);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('takes flags over the environment, and treats empty variables as unset', () => {
    const config = loadConfig({ port: '8080' }, { PORT: '9000', HOST: '0.0.0.0', ORRERY_DATA_DIR: '/var/lib/orrery', DATABASE_URL: '' });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/var/lib/orrery', databaseUrl: 'sqlite:/var/lib/orrery/orrery.db' });
    expect(loadConfig({}, { DATABASE_URL: 'postgres://u@db:5432/orrery' }).databaseUrl).toBe('postgres://u@db:5432/orrery');
  });

  it('fails fast with a message naming the bad setting', () => {
    expect(() => loadConfig({}, { PORT: 'eighty' })).toThrow(/port: .*"eighty"/);
    expect(() => loadConfig({}, { LOG_LEVEL: 'loud' })).toThrow(/logLevel/);
    expect(() => loadConfig({}, { DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be/);
  });

  it('turns mail on with SMTP_URL and MAIL_FROM, jobs on unless ORRERY_JOBS=off, and never echoes the SMTP password', () => {
    expect(loadConfig({}, {})).toMatchObject({ smtpUrl: null, mailFrom: null, jobs: true, scheduleTickMinutes: 15 });
    expect(loadConfig({}, { SMTP_URL: 'smtp://u:p@mail:587', MAIL_FROM: 'Orrery <o@example.org>', ORRERY_JOBS: 'off' })).toMatchObject({ smtpUrl: 'smtp://u:p@mail:587', mailFrom: 'Orrery <o@example.org>', jobs: false });
    expect(() => loadConfig({}, { SMTP_URL: 'smtp://mail:25' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({}, { ORRERY_JOBS: 'maybe' })).toThrow(/ORRERY_JOBS must be on or off/);
    let message = '';
    try {
      loadConfig({}, { SMTP_URL: 'mail://user:secret@mail', MAIL_FROM: 'o@example.org' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('smtpUrl');
    expect(message).not.toContain('secret');
  });
});
