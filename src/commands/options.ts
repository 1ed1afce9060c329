import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption } from 'discord.js';
import { z } from 'zod';
import { DateRangeError, parseDateRange } from '../articles/dates.js';
import type { DateRange } from '../search/types.js';
import type { CustomIdCodec } from '../discord/custom-id.js';
import type { Paging } from '../discord/format.js';
import { UserError, type CommandContext, type OptionReader } from './types.js';

/** Every command has it: the answer is shown to the asker only. */
export const PRIVATE_OPTION: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  description: 'Show the answer to you only',
  required: false,
};

export function stringOption(
  name: string,
  description: string,
  extra: { required?: boolean; autocomplete?: boolean; maxLength?: number } = {},
): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    name,
    description,
    required: extra.required ?? false,
    ...(extra.autocomplete ? { autocomplete: true } : {}),
    ...(extra.maxLength ? { max_length: extra.maxLength } : {}),
  };
}

/** Discord enforces max_length too; this check keeps the CLI, mentions and /ask honest. */
export function readText(
  options: OptionReader,
  name: string,
  limits: { max: number; required: true },
): string;
export function readText(
  options: OptionReader,
  name: string,
  limits: { max: number; required?: false },
): string | undefined;
export function readText(
  options: OptionReader,
  name: string,
  limits: { max: number; required?: boolean },
): string | undefined {
  const value = options.getString(name)?.trim();
  if (!value) {
    if (limits.required) throw new UserError(`Please give a ${name}.`);
    return undefined;
  }
  const checked = z
    .string()
    .max(limits.max, `The ${name} is too long: at most ${limits.max} characters, please.`)
    .safeParse(value);
  if (!checked.success) throw new UserError(checked.error.issues[0]?.message ?? `Bad ${name}.`);
  return checked.data;
}

/** A date or range typed by a user; unreadable input becomes a clear UserError. */
export function readRange(text: string, now: Date): DateRange {
  try {
    return parseDateRange(text, now);
  } catch (error) {
    if (error instanceof DateRangeError) throw new UserError(error.message);
    throw error;
  }
}

/** `from` and `to` options: each may be a day or a range; `from` uses its start, `to` its end. */
export function readBounds(
  options: OptionReader,
  context: CommandContext,
): { from?: string; to?: string } {
  const from = readText(options, 'from', { max: 100 });
  const to = readText(options, 'to', { max: 100 });
  const bounds: { from?: string; to?: string } = {};
  if (from) bounds.from = readRange(from, context.now()).from;
  if (to) bounds.to = readRange(to, context.now()).to;
  if (bounds.from && bounds.to && bounds.from > bounds.to) {
    throw new UserError(`“from” (${bounds.from}) is after “to” (${bounds.to}).`);
  }
  return bounds;
}

/** Paging for a command's answer: the buttons carry the command, the asker, the page and the arguments. */
export function paging(
  ids: CustomIdCodec,
  command: string,
  owner: string,
  state: string[],
  page: number,
  total: number,
  pageSize: number,
): Paging {
  return {
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    idFor: (target) => ids.page({ command, owner, page: target, args: state }),
  };
}

/** Choices for autocomplete: at most 25, names and values at most 100 characters. */
export function choice(name: string, value: string): { name: string; value: string } {
  const cut = (s: string) => (s.length <= 100 ? s : `${s.slice(0, 99).trimEnd()}…`);
  return { name: cut(name), value: value.slice(0, 100) };
}
