import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/quotes/index.js';
import { article, quote } from './helpers.js';

const INTRO =
  'On Sunday’s broadcast, Mayor Rosa Delgado told host Ben Aldous the harbour would stay open. Partial transcript as follows:';

describe('analyseArticle: interview transcripts', () => {
  it('gives each labelled turn to its speaker, and a turn that runs on to the next paragraph', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '"ALDOUS: Let’s start with the ferry. Will it keep running through the winter months?',
        '"DELGADO: It will. We have the money for it, and the crews have said they are ready to work.',
        '"And I want to be clear about that to every family on the island.',
        '"ALDOUS: And the fares?',
        '"DELGADO: They stay where they are this year and next, whatever the council says about it."',
      ),
    );
    expect(quote(quotations, 'start with the ferry').speaker).toBe('Ben Aldous');
    const first = quote(quotations, 'We have the money');
    expect(first.speaker).toBe('Rosa Delgado');
    expect(first.text.startsWith('It will.')).toBe(true);
    expect(first.cue).toBe(':');
    expect(quote(quotations, 'every family').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'And the fares?').speaker).toBe('Ben Aldous');
    const last = quote(quotations, 'They stay where');
    expect(last.text.endsWith('says about it.')).toBe(true);
  });

  it('reads labels in plain case when the names are in the prose, short turns included', () => {
    const quotations = analyseArticle(
      article(
        'Ben Aldous and Rosa Delgado argued about the fares on the evening show.',
        'Ben Aldous: Seriously, the fares went up twice this year and nobody on the island was asked.',
        'Delgado: Well, no one likes it, but the ferry has to pay its way somehow, like every service.',
        'Aldous: Well, that is bad.',
      ),
    );
    expect(quote(quotations, 'went up twice').speaker).toBe('Ben Aldous');
    expect(quote(quotations, 'pay its way').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'that is bad').speaker).toBe('Ben Aldous');
  });

  it('is no transcript when each label is used once, or turns are short, or labels name no one', () => {
    const headings = analyseArticle(
      article(
        'Three former candidates left ideas behind them.',
        'Rosa Delgado: Ferries Some big ideas do come to pass, and this one might, if the council agrees.',
        'Paul Okonkwo: Fares Two years ago he proposed that every islander ought to travel for free.',
        'Ben Aldous: Piers The third idea is the oldest of all, and the one most often forgotten.',
      ),
    );
    expect(headings.filter((q) => q.cue === ':')).toEqual([]);
    const guide = analyseArticle(
      article(
        'What each candidate needs tonight.',
        'Delgado: Win in a walk.',
        'Okonkwo: Keep it close.',
        'Delgado: Hold the island.',
        'Okonkwo: Survive to May.',
      ),
    );
    expect(guide.filter((q) => q.cue === ':')).toEqual([]);
    const notes = analyseArticle(
      article(
        'Rosa Delgado spoke on Monday.',
        'UPDATE: The council met again on Tuesday evening and the vote was put off until the spring.',
        'POLL: Most islanders want the ferry to keep running through the winter, a new survey finds.',
        'UPDATE: The vote is now set for the first week of March, after the budget is published.',
      ),
    );
    expect(notes.filter((q) => q.cue === ':')).toEqual([]);
  });
});
