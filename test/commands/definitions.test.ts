import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandData } from '../../src/commands/index.js';
import { LIMITS } from '../../src/discord/limits.js';

const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

describe('command definitions are within Discord limits', () => {
  it('has the commands the issue asks for, each once', () => {
    const names = commandData.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual([
      'article',
      'articles',
      'ask',
      'help',
      'quotes',
      'reindex',
      'search',
      'stats',
      'whosaid',
    ]);
  });

  for (const command of commandData) {
    describe(`/${command.name}`, () => {
      it('has a valid name, description and option list', () => {
        expect(command.name).toMatch(NAME);
        expect(command.description.length).toBeGreaterThan(0);
        expect(command.description.length).toBeLessThanOrEqual(LIMITS.commandDescription);
        expect(command.options?.length ?? 0).toBeLessThanOrEqual(LIMITS.commandOptions);
      });

      it('has valid options: names, descriptions, lengths, required first', () => {
        const options = command.options ?? [];
        let seenOptional = false;
        let total = command.name.length + command.description.length;
        for (const option of options) {
          expect(option.name).toMatch(NAME);
          expect(option.description.length).toBeGreaterThan(0);
          expect(option.description.length).toBeLessThanOrEqual(LIMITS.optionDescription);
          total += option.name.length + option.description.length;
          const required = 'required' in option && option.required === true;
          if (required) expect(seenOptional).toBe(false);
          else seenOptional = true;
          if (option.type === ApplicationCommandOptionType.String) {
            expect(option.max_length ?? 6000).toBeLessThanOrEqual(6000);
            const choices = 'choices' in option ? (option.choices ?? []) : [];
            expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
            if (option.autocomplete) expect(choices).toHaveLength(0);
            for (const c of choices) {
              expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
              total += c.name.length + String(c.value).length;
            }
          }
        }
        expect(total).toBeLessThanOrEqual(LIMITS.commandTotal);
        expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
      });

      it('has the optional private flag', () => {
        const flag = command.options?.find((o) => o.name === 'private');
        expect(flag).toMatchObject({ type: ApplicationCommandOptionType.Boolean, required: false });
      });
    });
  }

  it('/reindex is for Manage Server by default', () => {
    const reindex = commandData.find((c) => c.name === 'reindex');
    expect(reindex?.default_member_permissions).toBe(String(1n << 5n));
  });
});
