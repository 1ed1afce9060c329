import { describe, expect, it } from 'vitest';
import { CustomIdCodec, PAGE_LIFETIME_MS } from '../../src/discord/custom-id.js';

const owner = '123456789012345678';

describe('CustomIdCodec', () => {
  it('round-trips page state inside the id', () => {
    const codec = new CustomIdCodec();
    const id = codec.page({
      command: 'search',
      owner,
      page: 3,
      args: ['nuclear war', '', '2024-05-01', 'Kishore, J'],
    });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(id).not.toContain('~');
    expect(codec.decode(id)).toEqual({
      kind: 'page',
      command: 'search',
      owner,
      page: 3,
      args: ['nuclear war', '', '2024-05-01', 'Kishore, J'],
    });
    expect(new CustomIdCodec().decode(id)).toMatchObject({ kind: 'page', page: 3 });
  });

  it('parks arguments too long for 100 characters, and a restart expires them', () => {
    const codec = new CustomIdCodec();
    const query = 'ü:,~ '.repeat(60);
    const id = codec.page({ command: 'search', owner, page: 1, args: [query] });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(codec.decode(id)).toMatchObject({ kind: 'page', args: [query] });
    expect(new CustomIdCodec().decode(id)).toEqual({ kind: 'expired' });
  });

  it('expires pages after their lifetime', () => {
    let now = 1_700_000_000_000;
    const codec = new CustomIdCodec(() => now);
    const id = codec.page({ command: 'quotes', owner, page: 0, args: ['Kishore'] });
    now += PAGE_LIFETIME_MS - 5_000;
    expect(codec.decode(id)).toMatchObject({ kind: 'page' });
    now += 10_000;
    expect(codec.decode(id)).toEqual({ kind: 'expired' });
  });

  it('round-trips context buttons, long article ids included', () => {
    const codec = new CustomIdCodec();
    for (const articleId of ['seed/article.md', `deep/${'folder/'.repeat(30)}a.md`]) {
      const id = codec.context({ articleId, paragraph: 12 });
      expect(id.length).toBeLessThanOrEqual(100);
      expect(codec.decode(id)).toEqual({ kind: 'context', articleId, paragraph: 12 });
    }
  });

  it('ignores ids it did not make', () => {
    const codec = new CustomIdCodec();
    expect(codec.decode('something-else')).toBeNull();
    expect(codec.decode('pg:search:1:-1:0:x')).not.toMatchObject({ kind: 'page' });
  });
});
