import { describe, expect, it } from 'vitest';
import { Archive } from '../../src/search/archive.js';
import { article, council, harbour, nato, quote, sampleContent, undated } from './fixtures.js';

const archive = Archive.build(sampleContent());

function highlighted(text: string, highlights: Array<[number, number]>): string[] {
  return highlights.map(([start, end]) => text.slice(start, end));
}

describe('Archive.search', () => {
  it('finds passages by stemmed words and marks the words that matched', () => {
    const result = archive.search('pension cuts');
    expect(result.total).toBe(3);
    const harbourHit = result.hits.find((hit) => hit.articleId === harbour.id)!;
    expect(harbourHit).toMatchObject({
      paragraph: 2,
      file: 'harbour-strike.md',
      date: '2024-05-17',
    });
    expect(highlighted(harbourHit.text, harbourHit.highlights)).toEqual(['cuts', 'pensions']);
    const councilHit = result.hits.find((hit) => hit.articleId === council.id)!;
    expect(highlighted(councilHit.text, councilHit.highlights)).toEqual(['cut', 'pensions']);
    // The undated note holds one of the two words, so it ranks last.
    expect(result.hits[2]!.articleId).toBe(undated.id);
  });

  it('filters by author, whole name or one word of it, case-insensitively', () => {
    const byLopez = archive.search('pensions', { author: 'lopez' });
    expect(byLopez.hits.map((hit) => hit.articleId)).toEqual([harbour.id]);
    expect(archive.search('pensions', { author: 'MARIA LOPEZ' }).total).toBe(1);
    expect(archive.search('pensions', { author: 'Reed' }).hits.map((hit) => hit.articleId)).toEqual(
      [council.id],
    );
    expect(archive.search('pensions', { author: 'Nobody' }).total).toBe(0);
  });

  it('filters by date range, inclusive, leaving out undated articles', () => {
    expect(
      archive.search('pensions', { from: '2024-05-18' }).hits.map((hit) => hit.articleId),
    ).toEqual([council.id]);
    expect(
      archive.search('pensions', { to: '2024-05-17' }).hits.map((hit) => hit.articleId),
    ).toEqual([harbour.id]);
    expect(archive.search('pensions', { from: '2024-05-17', to: '2024-05-20' }).total).toBe(2);
  });

  it('pages through results with a stable total', () => {
    const all = archive.search('workers harbour pensions', { limit: 100 });
    expect(all.total).toBeGreaterThanOrEqual(5);
    const first = archive.search('workers harbour pensions', { limit: 2 });
    const second = archive.search('workers harbour pensions', { limit: 2, offset: 2 });
    expect(first.total).toBe(all.total);
    expect(first.hits).toHaveLength(2);
    expect(second.hits).toHaveLength(2);
    expect(
      [...first.hits, ...second.hits].map((hit) => `${hit.articleId}#${hit.paragraph}`),
    ).toEqual(all.hits.slice(0, 4).map((hit) => `${hit.articleId}#${hit.paragraph}`));
  });

  it('suggests indexed spellings for unknown words, and none for known ones', () => {
    const result = archive.search('harbuor pensions');
    expect(result.suggestions).toEqual([{ word: 'harbuor', alternatives: ['harbour'] }]);
    expect(archive.search('harbour').suggestions).toEqual([]);
  });

  it('matches title words, more weakly than the passage text', () => {
    const result = archive.search('summit');
    expect(result.hits[0]).toMatchObject({ articleId: nato.id, paragraph: 1 });
    expect(result.hits.map((hit) => hit.articleId)).toEqual([nato.id, nato.id]);
  });
});

describe('Archive.whoSaid', () => {
  it('finds the speaker of an exact phrase, with role and citation', () => {
    const result = archive.whoSaid('a contract that cuts our pensions');
    const best = result.answers[0]!;
    expect(best.person?.name).toBe('Ada Okafor');
    expect(best.quote.role).toBe('Union leader');
    expect(best).toMatchObject({
      articleId: harbour.id,
      paragraph: 2,
      title: harbour.title,
      date: '2024-05-17',
    });
  });

  it('tolerates lower case without punctuation and curly quotes', () => {
    const best = archive.whoSaid('we will not accept a contract').answers[0]!;
    expect(best.person?.id).toBe('ada okafor');
  });

  it('tolerates a typo', () => {
    const result = archive.whoSaid('protects every libary in the city');
    expect(result.answers[0]?.person?.name).toBe('Ben Ashworth');
  });

  it('tolerates a word left out', () => {
    const result = archive.whoSaid('threatens the livelihood of every worker');
    expect(result.answers[0]?.person?.name).toBe('Ada Okafor');
    expect(result.answers[0]?.articleId).toBe(nato.id);
  });

  it('ranks an exact match inside a quotation above a tolerant one', () => {
    const exact = archive.whoSaid('refused every reasonable offer');
    const typo = archive.whoSaid('refused every reasonabel offer');
    expect(exact.answers[0]!.score).toBeGreaterThan(typo.answers[0]!.score);
  });

  it('resolves a surname-only speaker to the full name it was merged into', () => {
    expect(archive.whoSaid('refused every reasonable offer').answers[0]?.person?.name).toBe(
      'Ada Okafor',
    );
  });

  it('returns a passage with no known speaker as unattributed', () => {
    const result = archive.whoSaid('the harbour belongs to the people who work it');
    expect(result.answers).toEqual([]);
    expect(result.unattributed[0]).toMatchObject({ articleId: council.id, paragraph: 4 });
    const [start, end] = result.unattributed[0]!.highlights[0]!;
    expect(result.unattributed[0]!.text.slice(start, end)).toBe(
      'the harbour belongs to the people who work it',
    );
  });

  it('finds a phrase made only of stop words, which the index does not hold', () => {
    const result = archive.whoSaid('We will not');
    expect(result.answers[0]?.person?.name).toBe('Ada Okafor');
  });

  it('finds a phrase of stop words with a typo in one, when no word of it is in the index', () => {
    const speech = article('2024/07/rally', {
      title: 'Rally at the gates',
      date: '2024-07-01',
      paragraphs: [
        'The rally heard many speeches.',
        '“We have years of struggle to go through, not only to win but to change ourselves,” Ada Okafor said.',
        ...Array.from(
          { length: 30 },
          (_, i) => `Speaker ${i} said we have to go on and not give up.`,
        ),
      ],
    });
    const content = sampleContent();
    const withSpeech = Archive.build({
      ...content,
      articles: [...content.articles, speech],
      quotations: [
        ...content.quotations,
        quote(
          speech,
          2,
          'We have years of struggle to go through, not only to win but to change ourselves,',
          'Ada Okafor',
        ),
      ],
    });
    for (const phrase of ['to go through, not only to', 'to go throgh, not only to']) {
      const result = withSpeech.whoSaid(phrase);
      expect(result.answers[0]?.person?.name, phrase).toBe('Ada Okafor');
      expect(result.answers[0]?.articleId, phrase).toBe(speech.id);
    }
  });

  it('finds nothing for a phrase nobody wrote', () => {
    const result = archive.whoSaid('green cheese moon landing');
    expect(result.answers).toEqual([]);
    expect(result.unattributed).toEqual([]);
  });
});

describe('Archive.quotesBy', () => {
  it('resolves an alias and lists quotations newest first', () => {
    const result = archive.quotesBy('Okafor');
    expect(result.person?.name).toBe('Ada Okafor');
    expect(result.total).toBe(3);
    expect(result.quotes.map((hit) => hit.date)).toEqual([
      '2024-06-02',
      '2024-05-17',
      '2024-05-17',
    ]);
    expect(archive.quotesBy('ms. okafor').person?.id).toBe('ada okafor');
    expect(archive.quotesBy('ADA OKAFOR').total).toBe(3);
  });

  it('keeps quotations on the topic', () => {
    const result = archive.quotesBy('Okafor', { topic: 'NATO' });
    expect(result.total).toBe(1);
    expect(result.quotes[0]!.quote.text).toContain('livelihood');
  });

  it('filters by date and reports an unknown person', () => {
    expect(archive.quotesBy('Okafor', { to: '2024-05-31' }).total).toBe(2);
    expect(archive.quotesBy('Nobody Known')).toEqual({ person: null, quotes: [], total: 0 });
  });
});

describe('Archive lookups', () => {
  it('autocompletes people by any word of a name or alias, most quoted first', () => {
    expect(archive.people('oka').map((p) => p.name)).toEqual(['Ada Okafor']);
    expect(archive.people('ash').map((p) => p.name)).toEqual(['Ben Ashworth']);
    expect(archive.people('').map((p) => p.name)).toEqual(['Ada Okafor', 'Ben Ashworth']);
    expect(archive.people('zz')).toEqual([]);
  });

  it('ignores a leading title in an autocomplete prefix, whichever title the articles used', () => {
    expect(archive.people('Dr. Oka').map((p) => p.name)).toEqual(['Ada Okafor']);
    expect(archive.people('mr ashw').map((p) => p.name)).toEqual(['Ben Ashworth']);
  });

  it('autocompletes titles', () => {
    expect(archive.titles('city').map((a) => a.articleId)).toEqual([council.id]);
    expect(archive.titles('summ').map((a) => a.articleId)).toEqual([nato.id]);
  });

  it('lists articles on a day or range, oldest first, optionally by author', () => {
    expect(
      archive.articlesOn({ from: '2024-05-17', to: '2024-05-17' }).map((a) => a.articleId),
    ).toEqual([harbour.id]);
    expect(
      archive.articlesOn({ from: '2024-05-01', to: '2024-06-30' }).map((a) => a.articleId),
    ).toEqual([harbour.id, council.id, nato.id]);
    expect(
      archive
        .articlesOn({ from: '2024-05-01', to: '2024-06-30' }, { author: 'maria lopez' })
        .map((a) => a.articleId),
    ).toEqual([harbour.id, nato.id]);
    expect(archive.articlesOn({ from: '2023-01-01', to: '2023-12-31' })).toEqual([]);
  });

  it('shows an article with its quotations and speakers', () => {
    const view = archive.article(harbour.id)!;
    expect(view.quotations).toHaveLength(2);
    expect(view.speakers).toEqual([
      { person: expect.objectContaining({ name: 'Ada Okafor' }), count: 2 },
    ]);
    expect(archive.article('missing')).toBeUndefined();
  });

  it('gives the paragraphs around one, clipped to the article', () => {
    expect(archive.context(harbour.id, 1, 1).map((p) => p.paragraph)).toEqual([1, 2]);
    expect(archive.context(harbour.id, 3, 1).map((p) => p.paragraph)).toEqual([2, 3, 4]);
    expect(archive.context(harbour.id, 2, 0)[0]!.text).toBe(harbour.paragraphs[1]);
  });

  it('counts the archive', () => {
    expect(archive.stats()).toMatchObject({
      articles: 4,
      passages: 11,
      quotations: 4,
      people: 2,
      authors: 2,
      files: 4,
      firstDate: '2024-05-17',
      lastDate: '2024-06-02',
      problems: 0,
    });
  });
});
