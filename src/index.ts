import 'dotenv/config';
import { ConfigError, loadConfig } from './config.js';
import { NO_TOKEN_MESSAGE, startBot } from './discord/bot.js';
import { createLogger } from './discord/logger.js';
import { ArchiveStore } from './search/store.js';

/** Start-up: config → snapshot (built when missing) → Discord client → graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.token) {
    console.error(NO_TOKEN_MESSAGE);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(config.logLevel);
  let lastLogged = 0;
  const store = await ArchiveStore.open({
    dataDir: config.dataDir,
    snapshotPath: config.snapshotPath,
    maxFileBytes: config.maxFileBytes,
    log: (msg) => logger.info(msg),
    onProgress: ({ phase, done, total }) => {
      // A log line every two seconds is progress enough; one per file would drown the log.
      if (Date.now() - lastLogged < 2000 && done < total) return;
      lastLogged = Date.now();
      logger.info({ phase, done, total }, 'building the index');
    },
  });
  const stats = store.archive.stats();
  logger.info(
    { articles: stats.articles, quotations: stats.quotations, builtAt: stats.builtAt },
    'archive loaded',
  );

  const bot = await startBot({ config, store, logger });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing replies in flight');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // Config errors are meant for people; anything else is short too, with no stack trace.
  const message =
    error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(message);
  process.exitCode = 1;
});
