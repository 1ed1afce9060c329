import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitRendered, truncate } from '../../src/discord/limits.js';
import { escapeArticleText } from '../../src/discord/markdown.js';

describe('truncate', () => {
  it('leaves text within the limit alone', () => {
    expect(truncate('short text', 20)).toBe('short text');
  });

  it('cuts on a word boundary and ends with an ellipsis', () => {
    const cut = truncate('the danger of nuclear war grows every day', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
    expect('the danger of nuclear war grows every day'.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.at(-2)).not.toBe(' ');
    expect(cut).toBe('the danger of…');
  });

  it('cuts a single long word when there is no boundary', () => {
    expect(truncate('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 200 }), (text, max) => {
        expect(truncate(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('fitRendered', () => {
  it('cuts the source so escapes are never cut in half', () => {
    const source = '*_'.repeat(3000);
    const fitted = fitRendered(source, 1000, (t) => escapeArticleText(t));
    expect(fitted.length).toBeLessThanOrEqual(1000);
    // Every special character is still preceded by its backslash.
    expect(fitted.replace(/\\[*_]/g, '').replace('…', '')).toBe('');
  });
});
