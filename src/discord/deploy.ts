import 'dotenv/config';
import { REST } from 'discord.js';
import { ConfigError, loadConfig } from '../config.js';
import { registerCommands } from './register.js';

/**
 * Registers the slash commands: in the development guild when one is configured (they appear
 * at once), everywhere with --global. Run it when commands change, never on start: Discord
 * allows 200 command creations a day.
 */
async function deploy(argv: string[]): Promise<void> {
  const config = loadConfig();
  if (!config.token || !config.applicationId) {
    throw new ConfigError(
      'deploy-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).',
    );
  }
  const global = argv.includes('--global');
  if (!global && !config.guildId) {
    throw new ConfigError(
      'Set DISCORD_GUILD_ID to deploy to your development server, or pass --global.',
    );
  }
  const rest = new REST().setToken(config.token);
  const count = await registerCommands(rest, config.applicationId, global ? null : config.guildId);
  const where = global
    ? 'globally (may take up to an hour to appear)'
    : `in guild ${config.guildId}`;
  console.log(`Registered ${count} commands ${where}.`);
}

deploy(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
