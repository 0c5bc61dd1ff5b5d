/** @module Server configuration from the environment: defaults, PostgreSQL by URL, and refusals naming the variable. */
import { describe, expect, test } from 'vitest';
import { loadConfig } from './index.js';

describe('server configuration', () => {
  test('with nothing set it serves SQLite in ./data on port 3000 with the production scrypt cost', () => {
    const c = loadConfig({});
    expect(c.ok && c.value).toMatchObject({
      port: 3000,
      database: { dialect: 'sqlite', file: 'data/tonus.db' },
      scryptLog2N: 17,
      publicOrigin: null,
    });
  });

  test('DATABASE_URL selects PostgreSQL, and --data and --port override the environment', () => {
    const c = loadConfig(
      { DATABASE_URL: 'postgres://u@db/tonus', PORT: '8080' },
      { port: 9000, dataDir: '/srv/tonus' },
    );
    expect(c.ok && c.value).toMatchObject({
      port: 9000,
      dataDir: '/srv/tonus',
      database: { dialect: 'postgres', url: 'postgres://u@db/tonus' },
    });
  });

  test.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://db'],
    ['TONUS_SCRYPT_LOG2N', '4'],
    ['TONUS_PUBLIC_ORIGIN', 'not a url'],
  ])('%s=%s is refused naming the variable', (name, value) => {
    const c = loadConfig({ [name]: value });
    expect(c.ok).toBe(false);
    expect(!c.ok && c.issues[0]?.path).toEqual([name]);
  });

  test('an https public origin is kept as the origin the Origin check compares with', () => {
    const c = loadConfig({ TONUS_PUBLIC_ORIGIN: 'https://tonus.example.org/app' });
    expect(c.ok && c.value.publicOrigin).toBe('https://tonus.example.org');
  });
});
