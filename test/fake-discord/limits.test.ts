import { describe, expect, it } from 'vitest';
import {
  checkChoices,
  checkCommand,
  checkCommandList,
  checkMessage,
  isEmptyMessage,
  nestErrors,
} from '../../src/fake-discord/limits.js';

const paths = (errors: Array<{ path: string }>) => errors.map((e) => e.path);
const button = (id: string, label = 'ok') => ({ type: 2, style: 1, custom_id: id, label });

describe('message limits', () => {
  it('accepts a message at every limit', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    const message = {
      content: 'c'.repeat(2000),
      embeds: [
        { title: 't'.repeat(256), description: 'd'.repeat(4096), fields, footer: { text: 'f' } },
      ],
      components: Array.from({ length: 5 }, (_, r) => ({
        type: 1,
        components: Array.from({ length: 5 }, (_, b) => button(`${r}-${b}`, 'l'.repeat(80))),
      })),
    };
    expect(checkMessage(message)).toEqual([]);
  });

  it('reports each limit one past its edge, at its path', () => {
    const message = {
      content: 'c'.repeat(2001),
      embeds: [
        {
          title: 't'.repeat(257),
          description: 'd'.repeat(4097),
          fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })),
          footer: { text: 'f'.repeat(2049) },
          author: { name: 'a'.repeat(257) },
        },
      ],
      components: [
        {
          type: 1,
          components: [
            ...Array.from({ length: 6 }, (_, b) => button(`b${b}`)),
            button('x'.repeat(101), 'l'.repeat(81)),
          ],
        },
      ],
    };
    expect(paths(checkMessage(message, 'data'))).toEqual(
      expect.arrayContaining([
        'data.content',
        'data.embeds.0.title',
        'data.embeds.0.description',
        'data.embeds.0.fields',
        'data.embeds.0.footer.text',
        'data.embeds.0.author.name',
        'data.components.0.components',
        'data.components.0.components.6.custom_id',
        'data.components.0.components.6.label',
      ]),
    );
  });

  it('limits the total embed text to 6000 characters across embeds', () => {
    const embed = { description: 'd'.repeat(3000) };
    expect(checkMessage({ embeds: [embed, embed] })).toEqual([]);
    expect(checkMessage({ embeds: [embed, embed, { title: 'x' }] }).map((e) => e.code)).toEqual([
      'MAX_EMBED_SIZE_EXCEEDED',
    ]);
  });

  it('limits embeds, action rows, field lengths and duplicate custom ids', () => {
    expect(
      paths(checkMessage({ embeds: Array.from({ length: 11 }, () => ({ title: 'x' })) })),
    ).toEqual(['embeds']);
    const row = { type: 1, components: [button('a')] };
    expect(paths(checkMessage({ components: Array.from({ length: 6 }, () => row) }))).toContain(
      'components',
    );
    expect(
      paths(
        checkMessage({
          embeds: [
            {
              fields: [
                { name: 'n', value: 'v'.repeat(1025) },
                { name: '', value: 'v' },
              ],
            },
          ],
        }),
      ),
    ).toEqual(['embeds.0.fields.0.value', 'embeds.0.fields.1.name']);
    expect(
      checkMessage({ components: [{ type: 1, components: [button('a'), button('a')] }] }).map(
        (e) => e.code,
      ),
    ).toEqual(['COMPONENT_CUSTOM_ID_DUPLICATED']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkMessage({ content: '😀'.repeat(2000) })).toEqual([]);
  });

  it('knows an empty message', () => {
    expect(isEmptyMessage({ content: '  ' }, 0)).toBe(true);
    expect(isEmptyMessage({ content: '' }, 1)).toBe(false);
    expect(isEmptyMessage({ embeds: [{ title: 'x' }] }, 0)).toBe(false);
  });
});

describe('autocomplete limits', () => {
  it('allows 25 choices of 1–100 characters and no more', () => {
    const choice = (i: number) => ({ name: `n${i}`, value: `v${i}` });
    expect(checkChoices(Array.from({ length: 25 }, (_, i) => choice(i)))).toEqual([]);
    expect(paths(checkChoices(Array.from({ length: 26 }, (_, i) => choice(i))))).toEqual([
      'data.choices',
    ]);
    expect(
      paths(
        checkChoices([
          { name: '', value: 'v' },
          { name: 'n', value: 'v'.repeat(101) },
          { name: 'n', value: 3 },
        ]),
      ),
    ).toEqual(['data.choices.0.name', 'data.choices.1.value']);
  });
});

describe('command definition limits', () => {
  const valid = {
    name: 'whosaid',
    description: 'Who said a phrase',
    options: [{ name: 'phrase', description: 'The phrase', type: 3, required: true }],
  };

  it('accepts a valid command', () => {
    expect(checkCommand(valid)).toEqual([]);
    expect(checkCommandList([valid, { ...valid, name: 'quotes' }])).toEqual([]);
  });

  it('rejects bad names, descriptions, option order and too many options or choices', () => {
    expect(paths(checkCommand({ ...valid, name: 'WhoSaid' }))).toEqual(['name']);
    expect(paths(checkCommand({ ...valid, name: 'x'.repeat(33) }))).toEqual(['name']);
    expect(paths(checkCommand({ ...valid, name: 'who said' }))).toEqual(['name']);
    expect(paths(checkCommand({ ...valid, description: 'd'.repeat(101) }))).toEqual([
      'description',
    ]);
    const options = [
      { name: 'a', description: 'a', type: 3 },
      { name: 'b', description: 'b', type: 3, required: true },
    ];
    expect(paths(checkCommand({ ...valid, options }))).toEqual(['options.1.required']);
    const many = Array.from({ length: 26 }, (_, i) => ({
      name: `o${i}`,
      description: 'd',
      type: 3,
    }));
    expect(paths(checkCommand({ ...valid, options: many }))).toEqual(['options']);
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    expect(
      paths(
        checkCommand({ ...valid, options: [{ name: 'o', description: 'd', type: 3, choices }] }),
      ),
    ).toEqual(['options.0.choices']);
  });

  it('rejects duplicate command names in a bulk overwrite', () => {
    expect(paths(checkCommandList([valid, valid]))).toEqual(['1.name']);
  });
});

describe('error shape', () => {
  it('nests errors the way Discord does', () => {
    const nested = nestErrors([
      {
        path: 'data.content',
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 2000 or fewer in length.',
      },
      {
        path: 'data.embeds.0.title',
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 256 or fewer in length.',
      },
    ]);
    expect(nested).toEqual({
      data: {
        content: {
          _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }],
        },
        embeds: {
          '0': {
            title: {
              _errors: [
                { code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' },
              ],
            },
          },
        },
      },
    });
  });
});
