import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/quotes/index.js';
import { article, quote, INTRO } from './helpers.js';

describe('analyseArticle: cue forms', () => {
  it.each([
    ['“The budget is balanced,” Delgado said.', 'said'],
    ['“The budget is balanced,” said Delgado.', 'said'],
    ['Delgado said: “The budget is balanced.”', 'said'],
    ['Delgado said that “the budget is balanced.”', 'said'],
    ['Delgado, the city’s mayor, said “the budget is balanced.”', 'said'],
    ['“The budget is balanced,” according to Delgado.', 'according to'],
    [
      'Delgado wrote on X on Sunday, replying to critics, writing that “the budget is balanced.”',
      'writing',
    ],
    ['“The budget is balanced,” Delgado told reporters.', 'told'],
  ])('%s', (sentence, cue) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'budget is balanced');
    expect(q.speaker).toBe('Rosa Delgado');
    expect(q.cue).toBe(cue);
  });

  it.each([
    ['“The budget is balanced,” said Democratic party strategist Rosa Delgado.', 'said'],
    ['“The budget is balanced,” Rosa Delgado, the city’s mayor, said Sunday.', 'said'],
    ['“The budget is balanced” and then some, Delgado said.', 'said'],
  ])('finds the speaker past role words, a day or a clause: %s', (sentence, cue) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'budget is balanced');
    expect(q.speaker).toBe('Rosa Delgado');
    expect(q.cue).toBe(cue);
  });

  it('takes the person after an organisation and role words, with the whole appositive as mention', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          '“The budget is balanced,” said Harbour Union president Rosa Delgado, a docker from Eastmoor, Calder, who led the strike.',
        ),
      ),
      'budget is balanced',
    );
    expect(q.speaker).toBe('Rosa Delgado');
    expect(q.mention).toMatch(/Rosa Delgado, a docker from Eastmoor, Calder, who led the strike$/);
  });

  it.each([
    ['“Is the budget balanced?” Delgado asked the council.', 'asked'],
    ['“The budget is balanced!” Mayor Delgado wrote in an email.', 'wrote'],
    ['As Delgado said last week in the council, “the budget is balanced.”', 'said'],
  ])(
    'keeps a quotation ending in ! or ? with its cue, and reads "As X said": %s',
    (sentence, cue) => {
      const q = quote(analyseArticle(article(INTRO, sentence)), 'budget');
      expect(q.speaker).toBe('Rosa Delgado');
      expect(q.cue).toBe(cue);
    },
  );

  it('does not take a day after the cue for the speaker', () => {
    const q = quote(
      analyseArticle(article(INTRO, '“The budget is balanced,” said Tuesday’s report.')),
      'budget is balanced',
    );
    expect(q.speaker).toBeNull();
  });

  it('resolves a titled form to the fullest name: "Mr. Okonkwo"', () => {
    const q = quote(
      analyseArticle(article(INTRO, '“We will vote no,” Mr. Okonkwo said.')),
      'vote no',
    );
    expect(q.speaker).toBe('Paul Okonkwo');
    expect(q.mention).toBe('Mr. Okonkwo');
  });

  it('takes an organisation as speaker, and "the paper" as the last newspaper named', () => {
    const quotations = analyseArticle(
      article(
        'The Harbour Times reported that the port “will close in May,” and the Pentagon said it had “no comment at this time.”',
        'The paper noted that the closure was “long expected by the unions.”',
      ),
    );
    expect(quote(quotations, 'will close in May').speaker).toBe('Harbour Times');
    expect(quote(quotations, 'no comment at this time').speaker).toBe('Pentagon');
    expect(quote(quotations, 'long expected').speaker).toBe('Harbour Times');
  });

  it('resolves "he" and "she" to the nearest earlier person of that gender', () => {
    const quotations = analyseArticle(
      article(
        'Mr. James Porter met Ms. Alice Wren, who had asked for the meeting.',
        '“We reached no agreement today,” she said. “I expect more talks,” he said.',
      ),
    );
    expect(quote(quotations, 'no agreement').speaker).toBe('Alice Wren');
    expect(quote(quotations, 'more talks').speaker).toBe('James Porter');
  });
});

describe('analyseArticle: quotations', () => {
  it('drops scare quotes but keeps a short quotation with a speaker', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Critics call the plan a “reform” of the port.',
        'Delgado called the plan “overdue.”',
      ),
    );
    expect(quotations.some((q) => q.text.includes('reform'))).toBe(false);
    expect(quote(quotations, 'overdue').speaker).toBe('Rosa Delgado');
  });

  it('gives a quotation inside a sentence without a cue to the sentence subject, with the clause after its verb', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo accused the mayor of hiding “a hole in the harbour budget” from the council.',
      ),
    );
    expect(quote(quotations, 'a hole in the harbour budget').speaker).toBe('Paul Okonkwo');
    const clause = quotations.find((q) => !q.direct);
    expect(clause?.text).toBe(
      'the mayor of hiding “a hole in the harbour budget” from the council',
    );
    expect(clause?.cue).toBe('accused');
  });

  it('does not give a quotation to a subject linked to it by "is"', () => {
    const quotations = analyseArticle(
      article(INTRO, 'Okonkwo is the author of “A History of the Calder Harbour Board.”'),
    );
    expect(quotations.filter((q) => q.speaker !== null)).toEqual([]);
  });

  it('carries the speaker to a bare quotation in the next paragraph when no one else is named before it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“The budget is balanced,” Delgado said.',
        'At the harbour, “nobody will pay the levy twice,” and the crowd cheered.',
      ),
    );
    expect(quote(quotations, 'nobody will pay').speaker).toBe('Rosa Delgado');
  });

  it('gives a quotation over several paragraphs one speaker', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado said: “The harbour has carried this city for two hundred years.',
        '“It will carry it for two hundred more, if we let it.',
        '“That is the whole of my plan.”',
      ),
    );
    expect(quote(quotations, 'two hundred years').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'two hundred more').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'whole of my plan').speaker).toBe('Rosa Delgado');
  });

  it('gives reported speech with direct: false, the quoted part also direct', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo told the council that the levy was “a tax on visitors” and would fail.',
      ),
    );
    const reported = quotations.find((q) => !q.direct);
    expect(reported?.text).toBe('the levy was “a tax on visitors” and would fail');
    expect(reported?.speaker).toBe('Paul Okonkwo');
    expect(quote(quotations, 'a tax on visitors').speaker).toBe('Paul Okonkwo');
  });

  it('reads a paragraph introduced by "said:" as a block quotation', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'In her statement, Delgado said:',
        'The harbour belongs to all of us, and every dollar will stay on the waterfront.',
      ),
    );
    const block = quotations.find((q) => q.paragraph === 3);
    expect(block?.speaker).toBe('Rosa Delgado');
    expect(block?.direct).toBe(true);
  });

  it('does not read an ordinary paragraph after an attributed quotation as a block quotation', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“The budget is balanced,” Delgado said.',
        'The council meets again on Thursday to vote on the plan.',
      ),
    );
    expect(quotations.some((q) => q.paragraph === 3)).toBe(false);
  });
});

describe('analyseArticle: linear time', () => {
  function steps(paragraph: string): number {
    const counter = { steps: 0 };
    analyseArticle(article(paragraph), { counter });
    return counter.steps;
  }

  it.each([
    ['a paragraph of quote marks', (n: number) => '“”"\''.repeat(n)],
    ['thousands of unbalanced openers', (n: number) => '“ word '.repeat(n)],
    ['straight marks and apostrophes', (n: number) => `"it's" the workers' said '`.repeat(n)],
    [
      'quotations with cues in one sentence',
      (n: number) => '“yes,” he said, adding “no,” '.repeat(n),
    ],
    [
      'one sentence of cues joined by “and”',
      (n: number) => 'the plan works and said that '.repeat(n),
    ],
  ])('%s: 8 times the input costs at most 9 times the steps', (_name, make) => {
    const small = steps(make(4_000));
    const large = steps(make(32_000));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(9);
  });

  it('finishes a paragraph of 1 MB of leading spaces (a transcript label is looked for at the start)', () => {
    expect(analyseArticle(article(' '.repeat(1 << 20) + 'x'))).toEqual([]);
  });

  it('finishes a 1 MB paragraph of quote marks', () => {
    const quotations = analyseArticle(article('“'.repeat(1 << 20)));
    expect(quotations.length).toBeLessThanOrEqual(1);
  });
});
