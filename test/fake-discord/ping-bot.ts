/**
 * A tiny discord.js bot written for the fake's tests: it exercises each way a
 * bot answers Discord, so the fake is checked against the real client.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  Routes,
  SlashCommandBuilder,
  type ClientOptions,
  type Interaction,
} from 'discord.js';
import type { FakeDiscord } from '../../src/fake-discord/index.js';

export const pingCommands = [
  new SlashCommandBuilder().setName('ping').setDescription('Replies pong'),
  new SlashCommandBuilder().setName('slow').setDescription('Defers, edits, then follows up'),
  new SlashCommandBuilder()
    .setName('echo')
    .setDescription('Repeats text')
    .addStringOption((o) => o.setName('text').setDescription('What to say').setRequired(true))
    .addIntegerOption((o) => o.setName('times').setDescription('How many times'))
    .addBooleanOption((o) => o.setName('loud').setDescription('Upper case')),
  new SlashCommandBuilder()
    .setName('find')
    .setDescription('Autocompletes a fruit')
    .addStringOption((o) =>
      o.setName('fruit').setDescription('A fruit').setAutocomplete(true).setRequired(true),
    ),
  new SlashCommandBuilder().setName('buttons').setDescription('Shows a button'),
  new SlashCommandBuilder().setName('huge').setDescription('Sends too much, then apologises'),
  new SlashCommandBuilder().setName('response').setDescription('Replies with withResponse'),
  new SlashCommandBuilder().setName('ignore').setDescription('Never answered'),
  new SlashCommandBuilder().setName('late').setDescription('Answers after a pause'),
  new SlashCommandBuilder().setName('twice').setDescription('Acknowledges twice'),
  new SlashCommandBuilder().setName('file').setDescription('Replies with an attachment'),
  new SlashCommandBuilder().setName('shard').setDescription('Says which shard answered'),
].map((builder) => builder.toJSON());

const FRUITS = ['apple', 'apricot', 'banana', 'cherry'];

export interface PingBot {
  client: Client;
  /** Errors the bot caught from discord.js calls, for tests to inspect. */
  errors: unknown[];
  /** Results of `withResponse` replies. */
  responses: Array<{ messageContent: string | null; interactionId: string }>;
  /** Every interaction and guild message this client was sent: guild id (null in DMs) and id. */
  received: Array<{ kind: 'interaction' | 'message'; guildId: string | null; id: string }>;
}

async function answer(interaction: Interaction, bot: PingBot, lateMs: number): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = String(interaction.options.getFocused()).toLowerCase();
    await interaction.respond(
      FRUITS.filter((f) => f.startsWith(typed)).map((f) => ({ name: f, value: f })),
    );
    return;
  }
  if (interaction.isButton()) {
    await interaction.update({
      content: `pressed ${interaction.customId} by ${interaction.user.username}`,
      components: [],
    });
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  switch (interaction.commandName) {
    case 'ping':
      await interaction.reply({ content: 'pong' });
      return;
    case 'slow':
      await interaction.deferReply();
      await interaction.editReply({ content: 'done' });
      await interaction.followUp({ content: 'and more' });
      return;
    case 'echo': {
      const text = interaction.options.getString('text', true);
      const times = interaction.options.getInteger('times') ?? 1;
      const said = Array.from({ length: times }, () => text).join(' ');
      await interaction.reply(interaction.options.getBoolean('loud') ? said.toUpperCase() : said);
      return;
    }
    case 'buttons': {
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId('again').setLabel('Again').setStyle(ButtonStyle.Primary),
      );
      await interaction.reply({ content: 'press it', components: [row] });
      return;
    }
    case 'huge':
      try {
        await interaction.reply({ content: 'x'.repeat(2001) });
      } catch (error) {
        bot.errors.push(error);
        await interaction.reply({ content: 'too long, sorry' });
      }
      return;
    case 'response': {
      const response = await interaction.reply({ content: 'with response', withResponse: true });
      bot.responses.push({
        messageContent: response.resource?.message?.content ?? null,
        interactionId: response.interaction.id,
      });
      return;
    }
    case 'late':
      await new Promise((resolve) => setTimeout(resolve, lateMs));
      try {
        await interaction.reply('too late');
      } catch (error) {
        bot.errors.push(error);
      }
      return;
    case 'twice':
      await interaction.reply('once');
      try {
        await interaction.client.rest.post(
          Routes.interactionCallback(interaction.id, interaction.token),
          {
            body: { type: 4, data: { content: 'twice' } },
            auth: false,
          },
        );
      } catch (error) {
        bot.errors.push(error);
      }
      return;
    case 'shard':
      await interaction.reply(`shard ${interaction.guild?.shardId ?? 'none'}`);
      return;
    case 'file':
      await interaction.reply({
        content: 'see file',
        files: [{ attachment: Buffer.from('hello file'), name: 'note.txt' }],
      });
      return;
  }
}

/** Logs a real discord.js client into the fake and registers the ping commands (in the first guild unless told). */
export async function startPingBot(
  fake: FakeDiscord,
  options: {
    lateMs?: number;
    register?: boolean;
    /** Guilds to register the commands in. */
    registerIn?: string[];
    /** Sharding: `{ shards: [1], shardCount: 2 }`, or `{ shards: 'auto' }`. */
    client?: Pick<ClientOptions, 'shards' | 'shardCount'>;
  } = {},
): Promise<PingBot> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: fake.restApiUrl },
    ...options.client,
  });
  const bot: PingBot = { client, errors: [], responses: [], received: [] };
  client.on(Events.InteractionCreate, (interaction) => {
    bot.received.push({ kind: 'interaction', guildId: interaction.guildId, id: interaction.id });
    answer(interaction, bot, options.lateMs ?? 0).catch((error: unknown) => bot.errors.push(error));
  });
  client.on(Events.MessageCreate, (message) => {
    bot.received.push({ kind: 'message', guildId: message.guildId, id: message.id });
    if (message.author.bot || !client.user || !message.mentions.has(client.user)) return;
    const question = message.content.replace(/<@!?\d+>/g, '').trim();
    message.reply(`you asked: ${question}`).catch((error: unknown) => bot.errors.push(error));
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
  if (options.register !== false) {
    for (const guildId of options.registerIn ?? [fake.guildId]) {
      await client.rest.put(Routes.applicationGuildCommands(fake.applicationId, guildId), {
        body: pingCommands,
      });
    }
  }
  return bot;
}
