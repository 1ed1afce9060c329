import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789ABCD';

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.token).toBeNull();
    expect(config.dataDir).toBe('data/articles');
    expect(config.snapshotPath).toMatch(/^\.cache\/.*data_articles\.snapshot$/);
    expect(config.logLevel).toBe('info');
    expect(config.adminRoleIds).toEqual([]);
    expect(config.maxFileBytes).toBe(5 * 1024 * 1024);
  });

  it('treats empty values as unset, as in a copied .env.example', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', DATA_DIR: '', ADMIN_ROLE_IDS: '' }).token).toBeNull();
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DATA_DIR: 'elsewhere',
      SNAPSHOT_PATH: '/tmp/x.snapshot',
      LOG_LEVEL: 'debug',
      ADMIN_ROLE_IDS: '323456789012345678, 423456789012345678',
      MAX_FILE_BYTES: '1000',
      COOLDOWN_SECONDS: '0',
    });
    expect(config).toEqual({
      token: TOKEN,
      applicationId: '123456789012345678',
      guildId: '223456789012345678',
      dataDir: 'elsewhere',
      snapshotPath: '/tmp/x.snapshot',
      logLevel: 'debug',
      adminRoleIds: ['323456789012345678', '423456789012345678'],
      maxFileBytes: 1000,
      cooldownSeconds: 0,
    });
  });

  it('reports every problem at once and never echoes the token', () => {
    const badToken = 'not-a-token-SECRET123';
    let error: unknown;
    try {
      loadConfig({
        DISCORD_TOKEN: badToken,
        DISCORD_APPLICATION_ID: 'abc',
        LOG_LEVEL: 'loud',
        ADMIN_ROLE_IDS: '1,2',
        MAX_FILE_BYTES: '-5',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of [
      'DISCORD_TOKEN',
      'DISCORD_APPLICATION_ID',
      'LOG_LEVEL',
      'ADMIN_ROLE_IDS',
      'MAX_FILE_BYTES',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('SECRET123');
  });

  it('gives different data folders different snapshots', () => {
    expect(loadConfig({ DATA_DIR: 'a' }).snapshotPath).not.toBe(
      loadConfig({ DATA_DIR: 'b' }).snapshotPath,
    );
  });
});
