import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction, type Message } from 'discord.js';
import type { Config } from '../config.js';
import type { ArchiveSource } from '../commands/types.js';
import { Cooldown } from './cooldown.js';
import { CustomIdCodec } from './custom-id.js';
import type { Logger } from './logger.js';
import { NO_MENTIONS } from './respond.js';
import { InteractionRouter } from './router.js';

export interface StartBotOptions {
  config: Pick<Config, 'token' | 'adminRoleIds' | 'cooldownSeconds'>;
  store: ArchiveSource;
  logger: Logger;
  /** REST API base, e.g. "http://127.0.0.1:PORT/api" for the fake Discord; Discord's own by default. */
  restApi?: string;
  /** How long start-up waits for the gateway's READY. */
  readyTimeoutMs?: number;
}

export interface RunningBot {
  client: Client;
  router: InteractionRouter;
  /** Stops taking new work, lets replies in flight finish (up to a deadline), then disconnects. */
  stop(options?: { graceMs?: number }): Promise<void>;
}

export const NO_TOKEN_MESSAGE =
  'No DISCORD_TOKEN is set. Copy .env.example to .env and fill in DISCORD_TOKEN and ' +
  'DISCORD_APPLICATION_ID, or try every command without a token: npm run local';

/** Logs in and answers; the commands are registered separately (npm run deploy-commands). */
export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, store, logger } = options;
  if (!config.token) throw new Error(NO_TOKEN_MESSAGE);
  const client = new Client({
    // Guilds for slash commands; guild messages only for mentions, whose content Discord
    // sends without the privileged Message Content intent.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: NO_MENTIONS,
    ...(options.restApi ? { rest: { api: options.restApi } } : {}),
  });
  const router = new InteractionRouter({
    store,
    ids: new CustomIdCodec(),
    cooldown: new Cooldown(config.cooldownSeconds),
    logger,
    adminRoleIds: config.adminRoleIds,
  });
  let accepting = true;

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!accepting) return;
    if (interaction.isChatInputCommand()) void router.handleCommand(interaction);
    else if (interaction.isAutocomplete()) void router.handleAutocomplete(interaction);
    else if (interaction.isButton()) void router.handleButton(interaction);
  });
  client.on(Events.MessageCreate, (message: Message) => {
    const me = client.user;
    if (!accepting || !me || message.author.bot) return;
    if (
      !message.mentions.has(me, {
        ignoreEveryone: true,
        ignoreRoles: true,
        ignoreRepliedUser: true,
      })
    )
      return;
    void router.handleMention(message, me.id);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord client warning'));

  const ready = once(client, Events.ClientReady);
  await client.login(config.token);
  await withTimeout(ready, options.readyTimeoutMs ?? 30_000, 'Discord did not send READY in time');
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'bot ready');

  return {
    client,
    router,
    async stop({ graceMs = 10_000 } = {}) {
      accepting = false;
      await withTimeout(router.idle(), graceMs, 'replies still in flight').catch((error: Error) =>
        logger.warn(error.message),
      );
      await client.destroy();
      logger.info('bot stopped');
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
