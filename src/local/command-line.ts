import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { OptionValue } from '../fake-discord/index.js';

/** A line the local prompt cannot turn into a slash command, with what to type instead. */
export class CommandLineError extends Error {
  override name = 'CommandLineError';
}

const OPTION_TYPE = { Integer: 4, Boolean: 5, Number: 10 } as const;

function convert(value: string, type: number, label: string): OptionValue {
  if (type === OPTION_TYPE.Boolean) {
    if (/^(true|yes|on)$/i.test(value)) return true;
    if (/^(false|no|off)$/i.test(value)) return false;
    throw new CommandLineError(`${label} takes true or false`);
  }
  if (type === OPTION_TYPE.Integer || type === OPTION_TYPE.Number) {
    const n = Number(value);
    if (!Number.isFinite(n) || (type === OPTION_TYPE.Integer && !Number.isInteger(n))) {
      throw new CommandLineError(`${label} takes a number`);
    }
    return n;
  }
  return value;
}

function unquote(value: string): string {
  const m = /^(["'“])(.*)(["'”])$/s.exec(value);
  return m ? (m[2] ?? '') : value;
}

/**
 * Reads what a user would type in Discord's message box: `/search query: nato from: 2024`.
 * Option names are those of the registered command, so words with a colon inside a
 * value ("note: this") are only options when the command has one of that name. Text
 * before the first option goes to the command's first required option, as a shortcut.
 */
export function parseCommandLine(
  line: string,
  commands: ReadonlyArray<RESTPostAPIChatInputApplicationCommandsJSONBody>,
): { name: string; options: Record<string, OptionValue> } {
  const head = /^\/(\S+)\s*/.exec(line);
  const name = head?.[1]?.toLowerCase() ?? '';
  const command = commands.find((c) => c.name === name);
  if (!command) {
    throw new CommandLineError(
      `No command /${name}. Commands: ${commands.map((c) => `/${c.name}`).join(' ')}`,
    );
  }
  const declared = (command.options ?? []) as Array<{
    name: string;
    type: number;
    required?: boolean;
  }>;
  const rest = line.slice(head?.[0].length ?? 0);
  const names = declared.map((o) => o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const marker = names.length ? new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'gi') : null;
  const found: Array<{ option: string; at: number; valueAt: number }> = [];
  for (const m of marker ? rest.matchAll(marker) : []) {
    found.push({
      option: (m[1] ?? '').toLowerCase(),
      at: m.index ?? 0,
      valueAt: (m.index ?? 0) + m[0].length,
    });
  }
  const raw: Record<string, string> = {};
  const leading = rest.slice(0, found[0]?.at ?? rest.length).trim();
  if (leading) {
    const first = declared.find((o) => o.required) ?? declared[0];
    if (!first) throw new CommandLineError(`/${name} takes no options`);
    raw[first.name] = leading;
  }
  found.forEach((f, i) => {
    raw[f.option] = rest.slice(f.valueAt, found[i + 1]?.at ?? rest.length).trim();
  });

  const options: Record<string, OptionValue> = {};
  for (const option of declared) {
    const value = raw[option.name];
    if (value === undefined || value === '') {
      if (option.required) {
        throw new CommandLineError(
          `/${name} needs ${option.name}: e.g. /${name} ${option.name}: …`,
        );
      }
      continue;
    }
    options[option.name] = convert(unquote(value), option.type, `${option.name}:`);
  }
  return { name, options };
}
