import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/search/build.js';
import { allText, expectWithinLimits } from '../discord/limits-check.js';
import {
  autocompleteInteraction,
  commandInteraction,
  lastShown,
  makeRouter,
  StoreDouble,
} from '../discord/doubles.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('commands over the sample data (data/articles)', () => {
  let store: StoreDouble;

  beforeAll(async () => {
    const { archive } = await buildSnapshot({ dataDir: path.join(ROOT, 'data/articles') });
    store = new StoreDouble(archive);
  });

  async function run(command: string, options: Record<string, string | boolean>) {
    const { router } = makeRouter(store);
    const interaction = commandInteraction(command, options);
    await router.handleCommand(interaction);
    const shown = lastShown(interaction.sent);
    if (!shown) throw new Error(`/${command} sent nothing`);
    expectWithinLimits(shown);
    return shown;
  }

  it('/whosaid names the speaker and lists the other speaker of the same words', async () => {
    const shown = await run('whosaid', { phrase: 'still be here when the tide turns' });
    const names = [shown.embeds[0]?.author?.name ?? '', allText(shown)].join('\n');
    expect(names).toContain('Desmond Whitlock');
    expect(names).toContain('Ngozi Okafor');
    expect(shown.embeds[0]?.description?.startsWith('> ')).toBe(true);
  });

  it('/quotes autocompletes a person from a surname', async () => {
    const { router } = makeRouter(store);
    const interaction = autocompleteInteraction('quotes', { name: 'person', value: 'Vasquez' });
    await router.handleAutocomplete(interaction);
    expect(interaction.choices?.some((c) => c.value === 'Elena Vasquez')).toBe(true);
    for (const c of interaction.choices ?? []) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('/quotes lists quotations newest first, across the articles that name her differently', async () => {
    const shown = await run('quotes', { person: 'Vasquez' });
    expect(shown.content).toContain('Elena Vasquez');
    const dates = shown.embeds.map((e) => e.footer?.text ?? '');
    expect(new Set(shown.embeds.map((e) => e.title)).size).toBeGreaterThanOrEqual(2);
    const isoDays = dates.map((d) => Date.parse(d.split(' · ')[1] ?? ''));
    expect([...isoDays].sort((a, b) => b - a)).toEqual(isoDays);
  });

  it('/articles lists the articles of a day and of a month', async () => {
    const day = await run('articles', { date: '18 November 2026' });
    expect(day.embeds[0]?.description?.split('\n')).toHaveLength(2);
    const month = await run('articles', { date: 'May 2024' });
    expect(month.embeds[0]?.footer?.text).toBe('2 articles');
  });

  it('/articles with an unreadable date is an ephemeral error', async () => {
    const shown = await run('articles', { date: 'the twelfth of never' });
    expect('flags' in shown && shown.flags).toBe(64);
  });

  it('/search bolds the matched words', async () => {
    const shown = await run('search', { query: 'seagrass outfall' });
    expect(shown.embeds.length).toBeGreaterThan(0);
    expect(shown.embeds[0]?.description).toMatch(/\*\*(seagrass|outfall)\*\*/i);
  });

  it('/search with nothing found suggests spellings', async () => {
    const shown = await run('search', { query: 'seagras' });
    expect(allText(shown)).toMatch(/seagrass|Try/);
  });

  it('/article autocompletes titles and shows the article', async () => {
    const { router } = makeRouter(store);
    const interaction = autocompleteInteraction('article', {
      name: 'article',
      value: 'Council approves',
    });
    await router.handleAutocomplete(interaction);
    const picked = interaction.choices?.[0];
    expect(picked?.name).toMatch(/harbour levy/i);
    const shown = await run('article', { article: picked?.value ?? '' });
    expect(shown.embeds[0]?.title).toMatch(/harbour levy/i);
    expect(shown.embeds[0]?.fields?.some((f) => f.name === 'Speakers')).toBe(true);
    // Every speaker's words are shown, reported speech too, and a phrase quoted inside it once.
    const quoted = (shown.embeds[0]?.fields ?? []).filter((f) => / · paragraph \d+$/.test(f.name));
    expect(quoted.map((f) => f.name)).toContain('Marek Dunmore · paragraph 5');
    expect(quoted.filter((f) => f.value.includes('a postcard, not a policy'))).toHaveLength(1);
  });

  it('/ask routes a plain question to /quotes', async () => {
    const shown = await run('ask', { question: 'What did Desmond Whitlock say about the roster?' });
    expect(shown.content).toContain('Desmond Whitlock');
  });
});
