import { describe, expect, it } from 'vitest';
import { analyseArticle, attributionUnits } from '../../src/quotes/index.js';
import { article, INTRO } from './helpers.js';

describe('attributionUnits', () => {
  it('joins the pieces of one attribution, keeping analyseArticle’s pieces apart', () => {
    const quotations = analyseArticle(
      article(INTRO, '“The budget is balanced,” Delgado said. “The levy will stay.”'),
    );
    expect(quotations.filter((q) => q.direct)).toHaveLength(2);
    const units = attributionUnits(quotations);
    expect(units).toHaveLength(1);
    expect(units[0]!.text).toBe('The budget is balanced, The levy will stay.');
    expect(units[0]!.speaker).toBe('Rosa Delgado');
    expect(units[0]!.start).toBe(quotations[0]!.start);
    expect(units[0]!.end).toBe(quotations[1]!.end);
  });

  it('keeps quotations of different speakers apart', () => {
    const units = attributionUnits(
      analyseArticle(
        article(INTRO, '“The budget is balanced,” Delgado said. “It is not,” Okonkwo said.'),
      ),
    );
    expect(units.map((u) => u.speaker)).toEqual(['Rosa Delgado', 'Paul Okonkwo']);
  });

  it('leaves a quoted piece to the reported clause of the same speaker that holds it, as a direct unit', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo told the council that the levy was “a tax on visitors” and would fail.',
      ),
    );
    expect(quotations).toHaveLength(2);
    const units = attributionUnits(quotations);
    expect(units).toHaveLength(1);
    expect(units[0]!.text).toBe('the levy was “a tax on visitors” and would fail');
    expect(units[0]!.direct).toBe(true);
  });

  it('joins the pieces of a speaker the article names by a role alone', () => {
    const units = attributionUnits(
      analyseArticle(
        article(
          INTRO,
          '“The budget is balanced,” a longtime adviser to the mayor said. “The levy will stay.”',
        ),
      ),
    );
    expect(units).toHaveLength(1);
    expect(units[0]!.text).toBe('The budget is balanced, The levy will stay.');
    expect(units[0]!.speaker).toBeNull();
    expect(units[0]!.role).toBe('a longtime adviser to the mayor');
  });

  it('joins the pieces of words that resolve to no one', () => {
    const units = attributionUnits(
      analyseArticle(article('“The budget is balanced,” they said. “The levy will stay.”')),
    ).filter((u) => u.direct);
    expect(units.map((u) => [u.text, u.speaker, u.mention])).toEqual([
      ['The budget is balanced, The levy will stay.', null, 'they'],
    ]);
  });

  it('keeps a reported clause that holds quoted words apart from the quotations beside it', () => {
    const units = attributionUnits(
      analyseArticle(
        article(
          INTRO,
          '“Everything is on the table,” Okonkwo told the radio, adding that “the fares” could change. “Every single thing is on the table.”',
        ),
      ),
    );
    expect(units.map((u) => u.text)).toEqual([
      'Everything is on the table,',
      '“the fares” could change',
      'Every single thing is on the table.',
    ]);
  });

  it('keeps apart two pieces that each have a cue of their own, given the paragraphs', () => {
    for (const [paragraph, pieces] of [
      ['“The budget is balanced,” she said. “The levy will stay,” she said.', 2],
      ["''The budget is balanced,'' she said. ''The levy will stay,'' she said.", 2],
      ['“The budget is balanced,” she said. “The levy will stay.”', 1],
      ['“The budget is balanced,” Mrs. Delgado said. “The levy will stay,” Mrs. Delgado said.', 2],
      ['“The budget is balanced,” she said, “and the levy will stay.”', 1],
      [
        '“The budget is balanced” this year, she said. Asked about the levy, she said, “It will stay.”',
        2,
      ],
      ['“The budget is balanced,” she said, having said so before. “The levy will stay.”', 1],
      ['“The budget is balanced,” said Delgado on Monday, adding that “the levy will stay.”', 2],
    ] as const) {
      const a = article(INTRO, `Delgado spoke first. ${paragraph}`);
      const units = attributionUnits(analyseArticle(a), a.paragraphs);
      expect(units, paragraph).toHaveLength(pieces);
      expect(
        units.every((u) => u.speaker === 'Rosa Delgado'),
        paragraph,
      ).toBe(true);
    }
  });

  it('a piece that ends its sentence has no cue of its own after it', () => {
    const a = article(
      INTRO,
      '“We will win the vote,” Delgado said. “We have the votes.” She said the count would be close.',
    );
    const direct = attributionUnits(analyseArticle(a), a.paragraphs).filter((u) => u.direct);
    expect(direct.map((u) => u.text)).toEqual(['We will win the vote, We have the votes.']);
  });
});
