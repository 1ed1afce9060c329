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
        'Delgado: Well, no one likes it, but we need the ferry to pay its way somehow, like every service.',
        'Aldous: Well, that is bad.',
      ),
    );
    expect(quote(quotations, 'went up twice').speaker).toBe('Ben Aldous');
    expect(quote(quotations, 'pay its way').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'that is bad').speaker).toBe('Ben Aldous');
  });

  it('is no transcript when its turns speak of the people they name, or name a “Q”', () => {
    const explainer = analyseArticle(
      article(
        'Here is where Rosa Delgado and Paul Okonkwo stand on the ferry.',
        'Delgado: She supports raising the ferry subsidy to $12 million a year across the whole island.',
        'Okonkwo: He has said fares are too high, but later said he would consider a rise.',
        'Delgado: She wants a new late boat on Fridays and Saturdays for the hospital shifts.',
        'Okonkwo: He has promised to cut the fares in the spring if the numbers hold up.',
      ),
    );
    expect(explainer.filter((q) => q.cue === ':')).toEqual([]);
    const interview = analyseArticle(
      article(
        'We spoke with Rosa Delgado about the strike at the harbour.',
        'Q: What made you decide to back the strikers in the end, after all those months?',
        'Delgado: Honestly, the pay. I could not ask anyone to work those hours for that money.',
        'Q: Will you stand again?',
        'Delgado: I will, if the harbour wants me.',
      ),
    );
    expect(interview.map((q) => q.speaker)).not.toContain('Q');
    expect(quote(interview, 'Honestly, the pay').speaker).toBe('Rosa Delgado');
  });

  it('spells a label in capitals the way the article spells the name', () => {
    const quotations = analyseArticle(
      article(
        'Ann MacCallum interviewed Rosa Delgado on Tuesday night.',
        'MACCALLUM: Let us start with the fares, because I know you have been asked about them all week.',
        'DELGADO: We added four late sailings, and I will not apologise for paying the crews who run them.',
        'MACCALLUM: Will the fares come down in the spring?',
        'DELGADO: If the numbers hold, yes.',
      ),
    );
    expect(quote(quotations, 'start with the fares').speaker).toBe('Ann MacCallum');
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
