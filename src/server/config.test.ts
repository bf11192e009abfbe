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
});
