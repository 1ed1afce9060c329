import { describe, expect, it } from 'vitest';
import {
  blockQuote,
  escapeArticleText,
  neutralizeMentions,
  renderHighlighted,
  safeUrl,
} from '../../src/discord/markdown.js';

describe('escapeArticleText', () => {
  it('keeps balanced emphasis when asked, escaping stray markers', () => {
    const out = escapeArticleText('as the *New York Times* reported, 5 * 3 = 15', {
      keepEmphasis: true,
    });
    expect(out).toContain('*New York Times*');
    expect(out).toContain('5 \\* 3');
  });

  it('escapes emphasis when not asked to keep it', () => {
    expect(escapeArticleText('*bold*')).toBe('\\*bold\\*');
  });

  it('cannot build a masked link', () => {
    const out = escapeArticleText('[click here](https://evil.example)', { keepEmphasis: true });
    expect(out).not.toMatch(/(^|[^\\])\[click here(?<!\\)\]\(/);
    expect(out.startsWith('\\[')).toBe(true);
    expect(out).toContain('\\]');
  });

  it('neutralizes @everyone, @here and mention syntax', () => {
    const out = escapeArticleText(
      'hey @everyone and @here, <@123456789012345678> and <@&98765432109876543>',
    );
    expect(out).not.toMatch(/@everyone|@here/);
    expect(out).not.toMatch(/(^|[^\\])<@/);
  });

  it('escapes line-start markers: quotes, headings, lists', () => {
    const out = escapeArticleText('# Heading\n> quoted\n- item\n1. first');
    expect(out.split('\n')).toEqual(['\\# Heading', '\\> quoted', '\\- item', '1\\. first']);
  });

  it('escapes code, spoilers, strike and underline markers', () => {
    expect(escapeArticleText('`code` ||spoiler|| ~~strike~~ __under__')).toBe(
      '\\`code\\` \\|\\|spoiler\\|\\| \\~\\~strike\\~\\~ \\_\\_under\\_\\_',
    );
  });
});

describe('renderHighlighted', () => {
  it('bolds the highlighted spans and escapes the rest', () => {
    const text = 'a *real-time* intelligence report';
    const start = text.indexOf('intelligence');
    expect(renderHighlighted(text, [[start, start + 'intelligence'.length]])).toBe(
      'a \\*real-time\\* **intelligence** report',
    );
  });

  it('merges overlapping or touching spans and clips out-of-range ones', () => {
    expect(
      renderHighlighted('abcdef', [
        [0, 2],
        [2, 4],
        [10, 12],
      ]),
    ).toBe('**abcd**ef');
  });
});

describe('helpers', () => {
  it('block-quotes every line', () => {
    expect(blockQuote('one\ntwo')).toBe('> one\n> two');
  });

  it('neutralizes mentions in plain-text places', () => {
    expect(neutralizeMentions('@everyone <@1>')).not.toMatch(/@everyone|<@/);
  });

  it('accepts only http(s) URLs', () => {
    expect(safeUrl('https://www.wsws.org/en/a.html')).toBe('https://www.wsws.org/en/a.html');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
    expect(safeUrl(null)).toBeUndefined();
  });
});
