import { Routes, type REST } from 'discord.js';
import { commandData } from '../commands/index.js';

/** Puts the whole command list in one call: in one guild (appears at once), or globally. */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  guildId: string | null,
): Promise<number> {
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body: commandData })) as unknown[];
  return registered.length;
}
