import path from 'node:path';
import { z } from 'zod';

/** Everything the bot and the CLI read from the environment (and `.env`, loaded by the entry points). */
export interface Config {
  token: string | null;
  applicationId: string | null;
  guildId: string | null;
  dataDir: string;
  snapshotPath: string;
  logLevel: LogLevel;
  adminRoleIds: string[];
  maxFileBytes: number;
  cooldownSeconds: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/** Empty strings in `.env` mean "not set", as they do for most tools. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const schema = z.object({
  DISCORD_TOKEN: optional(
    // A bot token is three base64url parts; anything else is a paste error worth catching early.
    z.string().regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'does not look like a bot token'),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DATA_DIR: optional(z.string()),
  SNAPSHOT_PATH: optional(z.string()),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS)),
  ADMIN_ROLE_IDS: optional(
    z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(z.array(snowflake)),
  ),
  MAX_FILE_BYTES: optional(z.coerce.number().int().positive()),
  COOLDOWN_SECONDS: optional(z.coerce.number().min(0).max(3600)),
});

export const DEFAULT_DATA_DIR = 'data/articles';
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The snapshot sits in a cache folder named after the data folder, so two data folders never share one. */
export function defaultSnapshotPath(dataDir: string): string {
  const slug = path
    .resolve(dataDir)
    .replace(/[^\w-]+/g, '_')
    .replace(/^_+/, '');
  return path.join('.cache', `${slug.slice(-80)}.snapshot`);
}

/**
 * Parses the environment. Every problem is reported at once, in one message;
 * values are never echoed, so a mistyped token cannot leak into logs.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(
      `Invalid configuration (see .env.example):\n${[...new Set(lines)].join('\n')}`,
    );
  }
  const v = parsed.data;
  const dataDir = v.DATA_DIR ?? DEFAULT_DATA_DIR;
  return {
    token: v.DISCORD_TOKEN ?? null,
    applicationId: v.DISCORD_APPLICATION_ID ?? null,
    guildId: v.DISCORD_GUILD_ID ?? null,
    dataDir,
    snapshotPath: v.SNAPSHOT_PATH ?? defaultSnapshotPath(dataDir),
    logLevel: v.LOG_LEVEL ?? 'info',
    adminRoleIds: v.ADMIN_ROLE_IDS ?? [],
    maxFileBytes: v.MAX_FILE_BYTES ?? DEFAULT_MAX_FILE_BYTES,
    cooldownSeconds: v.COOLDOWN_SECONDS ?? 3,
  };
}
