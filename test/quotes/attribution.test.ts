import { describe, expect, it } from 'vitest';
import { analyseArticle, attributionUnits } from '../../src/quotes/index.js';
import { givesWords } from '../../src/quotes/cues.js';
import { article, quote, INTRO } from './helpers.js';

describe('analyseArticle: speakers named by title or party', () => {
  it.each([
    [
      'Ms. Sarah White chaired the hearing.',
      '“The port stays open,” Ms. White said.',
      'Sarah White',
    ],
    ['Mr. Tom Green chaired the hearing.', '“The port stays open,” said Mr. Green.', 'Tom Green'],
  ])('a surname that is also a title word after an honorific: %s', (intro, sentence, speaker) => {
    const q = quote(analyseArticle(article(intro, sentence)), 'port stays open');
    expect(q.speaker).toBe(speaker);
  });

  it.each([
    ['“The port stays open,” one senior Democrat said.', 'one senior Democrat'],
    [
      '“The port stays open,” said another New Hampshire Republican.',
      'another New Hampshire Republican',
    ],
  ])('a party member after a determiner is the mention: %s', (sentence, mention) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'port stays open');
    expect(q.mention).toBe(mention);
    expect(q.cue).toMatch(/said/);
  });

  it('a bare quotation after one from an unnamed speaker continues that speaker', () => {
    const quotations = analyseArticle(
      article(INTRO, '“The port stays open,” said one senior Democrat. “The vote is set.”'),
    );
    expect(quote(quotations, 'vote is set').mention).toBe('one senior Democrat');
  });
});

describe('analyseArticle: more reporting cues', () => {
  it.each([
    ['“The budget is balanced,” Mayor Delgado pointed out.', 'pointed out'],
    ['As Delgado, the city’s mayor, put it, “the budget is balanced.”', 'put it'],
    ['Delgado emailed: “The budget is balanced.”', 'emailed'],
    ['“The budget is balanced,” Delgado assured the council.', 'assured'],
    ['“The budget is balanced,” Delgado shot back.', 'shot back'],
  ])('%s', (sentence, cue) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'budget');
    expect(q.speaker).toBe('Rosa Delgado');
    expect(q.cue).toBe(cue);
  });

  it('does not read "the text" or "a question" as a cue', () => {
    const quotations = analyseArticle(
      article(INTRO, 'The text of the bill said nothing. The question “who pays” was left open.'),
    );
    expect(quotations.filter((q) => q.cue === 'text' || q.cue === 'question')).toEqual([]);
  });
});

describe('analyseArticle: roles are noun phrases beside the name', () => {
  it('keeps no relative clause as a role', () => {
    const q = quote(
      analyseArticle(
        article(
          'Ngozi Okafor, who chairs the tenants’ association on the estate, said: “Half the people here work evenings.”',
        ),
      ),
      'work evenings',
    );
    expect(q.speaker).toBe('Ngozi Okafor');
    expect(q.role).toBeNull();
  });

  it('keeps the appositive role with its article', () => {
    const q = quote(
      analyseArticle(
        article(
          '“Prices will fall,” said Ann Lee, a broker based in Tampa, who represents sellers.',
        ),
      ),
      'Prices will fall',
    );
    expect(q.role).toMatch(/^a broker based in Tampa/);
  });

  it('takes no clause opening ("And with") into a title role', () => {
    const quotations = analyseArticle(
      article(
        'President George W. Bush arrived.',
        'And with President Bush touring Asia, Bush said “we are ready to strike.”',
      ),
    );
    const q = quote(quotations, 'ready to strike');
    expect(q.speaker).toBe('George W. Bush');
    expect(q.role ?? '').not.toMatch(/^(?:and|with)\b/i);
  });

  it.each([
    ['Even Harbour Commissioner Lena Moss said “the pier must close.”', 'Harbour Commissioner'],
    ['Yet former deputy mayor Lena Moss said “the pier must close.”', 'former deputy mayor'],
    ['Though Commissioner Lena Moss said “the pier must close.”', 'Commissioner'],
    ['Then deputy mayor Lena Moss said “the pier must close.”', 'Then deputy mayor'],
  ])('takes no sentence adverb into a title role: %s', (sentence, role) => {
    const q = quote(analyseArticle(article(sentence)), 'pier must close');
    expect(q.speaker).toBe('Lena Moss');
    expect(q.role).toBe(role);
  });

  it.each([
    'Lena Moss, however, said “the pier must close.”',
    'Lena Moss, of course, said “the pier must close.”',
    'Lena Moss, for example, said “the pier must close.”',
    '“The pier must close,” as Lena Moss put it.',
  ])('gives no role for a parenthetical that is no appositive: %s', (sentence) => {
    const q = quote(analyseArticle(article(sentence)), 'ier must close');
    expect(q.speaker).toBe('Lena Moss');
    expect(q.role).toBeNull();
  });

  it('keeps a role but not its trailing "however" when no person resolves', () => {
    const q = quote(
      analyseArticle(article('Some dock workers, however, said “the pier must stay open.”')),
      'pier must stay open',
    );
    expect(q.speaker).toBeNull();
    expect(q.role).toBe('Some dock workers');
  });

  it.each([
    ['Former Governor and DNC Chairman Ed Rendell said “the race is over.”', 'Ed Rendell'],
    ['Senate Majority Leader Mitch McConnell said “the race is over.”', 'Mitch McConnell'],
  ])('finds the person after an organisation title: %s', (sentence, speaker) => {
    const q = quote(analyseArticle(article(sentence)), 'race is over');
    expect(q.speaker).toBe(speaker);
    expect(q.role).toMatch(/Chairman|Leader/);
  });

  it('keeps an organisation that names no person after its title', () => {
    const q = quote(
      analyseArticle(article('The House Judiciary Committee said “the race is over.”')),
      'race is over',
    );
    expect(q.speaker).toBe('House Judiciary Committee');
  });
});

describe('analyseArticle: split quotations', () => {
  it('gives the second part of a quotation split by its attribution to the same speaker', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“The harbour used to be ours,” said Delgado, the mayor of the city, “but it is slipping away.”',
      ),
    );
    expect(quote(quotations, 'slipping away').speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: reported speech with a long or plain subject', () => {
  const reported = (paragraph: string) =>
    analyseArticle(article(INTRO, paragraph)).filter((q) => !q.direct);

  it('takes the subject before a long appositive, not a name after the verb', () => {
    const [q] = reported(
      'Senator Paul Okonkwo, D-Ore., a member of the ports committee, said Delgado is wrong about the tolls.',
    );
    expect(q?.speaker).toBe('Paul Okonkwo');
    expect(q?.text).toBe('Delgado is wrong about the tolls');
  });

  it.each([
    [
      'The official, who asked not to be named because the talks are private, said the port would reopen in May.',
      'The official, who asked not to be named because the talks are private',
      'the port would reopen in May',
    ],
    [
      'Among dock workers, 60 percent said they would accept the offer.',
      '60 percent',
      'they would accept the offer',
    ],
  ])('%s', (paragraph, mention, text) => {
    const [q] = reported(paragraph);
    expect(q?.mention).toBe(mention);
    expect(q?.text).toBe(text);
  });

  it('takes the subject before an appositive that ends in a place name', () => {
    const quotations = analyseArticle(
      article(INTRO, 'Okonkwo, 58, of Bayfield, Ore., said: “The tolls will stay.”'),
    );
    expect(quote(quotations, 'tolls will stay').speaker).toBe('Paul Okonkwo');
  });

  it('gives a verb joined by "and" the subject of the sentence', () => {
    const [q] = reported(
      'Okonkwo voiced concern about the tolls and said they would hurt small traders.',
    );
    expect(q?.speaker).toBe('Paul Okonkwo');
    expect(q?.text).toBe('they would hurt small traders');
  });

  it('names a source after "according to" that is no person', () => {
    const [q] = reported(
      'Traffic at the port rose by a third, according to early figures from the harbour board.',
    );
    expect(q?.mention).toBe('early figures from the harbour board');
    expect(q?.text).toBe('Traffic at the port rose by a third');
  });
});

describe('analyseArticle: verbs of stance and finding attribute their object', () => {
  const reported = (paragraph: string) =>
    analyseArticle(article(INTRO, paragraph)).filter((q) => !q.direct);

  it.each([
    ['Okonkwo wants a second ferry for the island route.', 'a second ferry for the island route'],
    [
      'A harbour board survey found that most traders back the tolls.',
      'most traders back the tolls',
    ],
    [
      'Delgado endorsed the dockworkers’ pay claim on Friday.',
      'the dockworkers’ pay claim on Friday',
    ],
    [
      'The figures show tolls raised twice what was forecast.',
      'tolls raised twice what was forecast',
    ],
    [
      'Okonkwo criticized the mayor for closing the night ferry.',
      'the mayor for closing the night ferry',
    ],
  ])('%s', (paragraph, text) => {
    const found = reported(paragraph);
    expect(found.map((q) => q.text)).toEqual([text]);
  });

  it('reads no plural noun as a verb: "the harbour plans", "his plans"', () => {
    expect(reported('Critics of the harbour plans on the island met on Monday.')).toEqual([]);
    expect(reported('Okonkwo said little about his plans.')).toEqual([]);
  });

  it('reads no passive as a stance: "Delgado was accused of …"', () => {
    expect(reported('Delgado was accused of favouring the port.')).toEqual([]);
  });
});

describe('analyseArticle: speakers around the cue', () => {
  it('takes no addressee after "told" for the speaker', () => {
    const quotations = analyseArticle(
      article(INTRO, '“The tolls stay,” Okonkwo, the ports senator, told Harbour Radio.'),
    );
    expect(quote(quotations, 'tolls stay').speaker).toBe('Paul Okonkwo');
  });

  it('finds the person after an organisation and a role: "Calder University economist Nadia Brook"', () => {
    const quotations = analyseArticle(
      article(INTRO, '“The tolls stay,” said Calder University economist Nadia Brook.'),
    );
    expect(quote(quotations, 'tolls stay').speaker).toBe('Nadia Brook');
  });

  it('gives a quotation after "a voice that said" to the speaker of the sentence', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado said the harbour lost a voice that said “the sea belongs to all of us.”',
      ),
    );
    expect(quote(quotations, 'sea belongs').speaker).toBe('Rosa Delgado');
    const reported = quotations.find((q) => !q.direct);
    expect(reported?.text).toMatch(/^the harbour lost a voice/);
  });

  it('gives a verb after "but now" the subject of the sentence', () => {
    const [reported] = analyseArticle(
      article(INTRO, 'Okonkwo opposed the tolls in May but now says they should stay.'),
    ).filter((q) => !q.direct && q.cue === 'says');
    expect(reported?.speaker).toBe('Paul Okonkwo');
    expect(reported?.text).toBe('they should stay');
  });
});

describe('analyseArticle: reported speech around a parenthetical or closing cue', () => {
  const reported = (paragraph: string) =>
    analyseArticle(article(INTRO, paragraph)).filter((q) => !q.direct);

  it('reports the clause after "In the end, Okonkwo said,"', () => {
    const [q] = reported('In the end, Okonkwo said, the tolls paid for the new pier.');
    expect(q?.speaker).toBe('Paul Okonkwo');
    expect(q?.text).toBe('the tolls paid for the new pier');
  });

  it('takes a bare plural body as the closing speaker: ", police said."', () => {
    const [q] = reported('Two men were held after a fight on the pier, police said.');
    expect(q?.mention).toBe('police');
    expect(q?.text).toBe('Two men were held after a fight on the pier');
  });
});

describe('analyseArticle: names with initials, abbreviations, homes and party tags', () => {
  const speakerOf = (paragraph: string, phrase: string) =>
    quote(analyseArticle(article(paragraph)), phrase);

  it('reads "Peter T. King": initials before a title word used as a surname', () => {
    expect(speakerOf('“The pier stays,” said Peter T. King.', 'pier stays').speaker).toBe(
      'Peter T. King',
    );
  });

  it('keeps dotted initials and acronyms inside a name and role: "J.M. Berger", "a former C.I.A. analyst"', () => {
    const q = speakerOf('“The pier stays,” said J.M. Berger, a former C.I.A. analyst.', 'pier');
    expect(q.speaker).toBe('J.M. Berger');
    expect(q.role).toBe('a former C.I.A. analyst');
  });

  it('ends a sentence after a dotted acronym when a sentence opener follows', () => {
    const quotations = analyseArticle(
      article('Lena Ruiz worked for the F.B.I. She said: “The pier stays.”'),
    );
    expect(quote(quotations, 'pier stays').speaker).toBe('Lena Ruiz');
  });

  it('keeps an appositive past "Fla.," ("a professor in Tampa, Fla., who …")', () => {
    const q = speakerOf(
      '“The pier stays,” said Sue Ferris, a professor in Tampa, Fla., who studies harbours.',
      'pier',
    );
    expect(q.role).toBe('a professor in Tampa, Fla., who studies harbours');
  });

  it('gives the home and party tag to the person, not as the speaker: "Sen. Tom Carper of Delaware said"', () => {
    const before = speakerOf('“The pier stays,” Sen. Tom Carper of Delaware said.', 'pier');
    expect(before.speaker).toBe('Tom Carper');
    expect(before.role).toBe('Sen. of Delaware');
    const after = speakerOf('“The pier stays,” said Rep. Bobby Scott (D-Va.).', 'pier');
    expect(after.speaker).toBe('Bobby Scott');
    expect(after.mention).toBe('Rep. Bobby Scott (D-Va.)');
    const tagged = speakerOf('“The pier stays,” Sen. Chris Murphy (D-Conn.) said.', 'pier');
    expect(tagged.speaker).toBe('Chris Murphy');
    expect(tagged.role).toBe('Sen. (D-Conn.)');
  });

  it('gives "of the New York delegation" to the mention and role', () => {
    const q = speakerOf(
      '“The pier stays,” said Robert Antonacci of the New York delegation.',
      'pier',
    );
    expect(q.speaker).toBe('Robert Antonacci');
    expect(q.role).toBe('of the New York delegation');
  });

  it('does not read "said Obama of Clinton" (about a person) as a home', () => {
    const quotations = analyseArticle(
      article('Rosa Delgado spoke first.', '“She is wrong,” said Paul Okonkwo of Rosa Delgado.'),
    );
    const q = quote(quotations, 'She is wrong');
    expect(q.speaker).toBe('Paul Okonkwo');
    expect(q.role).toBeNull();
  });
});

describe('analyseArticle: places, empty roles and documents', () => {
  it('reads "the New York businessman" as a role, not a person called York', () => {
    const quotations = analyseArticle(
      article(
        'Tom Vance, the businessman, toured the harbour.',
        '“We need change,” the New York businessman said.',
        '“The pier stays,” said the New York businessman.',
      ),
    );
    const first = quote(quotations, 'We need change');
    expect(first.mention).toBe('the New York businessman');
    expect(first.speaker).toBe('Tom Vance');
    expect(quote(quotations, 'pier stays').speaker).toBe('Tom Vance');
  });

  it('keeps a person after a "New …" place title: "New York Mayor Ana Ruiz"', () => {
    const [q] = analyseArticle(article('“The pier stays,” New York Mayor Ana Ruiz said.'));
    expect(q?.speaker).toBe('Ana Ruiz');
  });

  it('gives no role of determiners alone: "Ana Ruiz, the."', () => {
    const [q] = analyseArticle(article('“The pier stays,” said Ana Ruiz, the.'));
    expect(q?.speaker).toBe('Ana Ruiz');
    expect(q?.role).toBeNull();
  });

  it('gives a release or statement to the organisation that issued it', () => {
    const quotations = analyseArticle(
      article(
        'A Navy press release also announced: “The pier stays open.”',
        'The Pentagon statement said: “The base stays open.”',
      ),
    );
    expect(quote(quotations, 'pier stays').speaker).toBe('Navy');
    expect(quote(quotations, 'base stays').speaker).toBe('Pentagon');
  });
});

describe('analyseArticle: the person is the name that ends the noun phrase after a cue', () => {
  it.each([
    ['“The pier stays,” said Ohio delegate Ann Pike.', 'Ann Pike', 'Ohio delegate'],
    ['“The pier stays,” said Virginia delegate Ann Pike.', 'Ann Pike', 'Virginia delegate'],
    [
      '“The pier stays,” said Republican party boss Tom Weller.',
      'Tom Weller',
      'Republican party boss',
    ],
    [
      '“The pier stays,” said former secretary of state Ann Pike.',
      'Ann Pike',
      'former secretary of state',
    ],
    ['“The pier stays,” said another Twitter user, Ann Pike.', 'Ann Pike', 'Twitter user'],
    ['“The pier stays,” said Air Force 1st Lt. Ann Pike.', 'Ann Pike', 'Air Force 1st Lt.'],
  ])('%s', (sentence, speaker, role) => {
    const [q] = analyseArticle(article(sentence));
    expect(q?.speaker).toBe(speaker);
    expect(q?.role).toBe(role);
  });

  it('keeps the speaker when a home, not a role, stands before a later name', () => {
    const [q] = analyseArticle(
      article('“The pier stays,” said Gov. Ann Pike of Iowa, a Republican.'),
    );
    expect(q?.speaker).toBe('Ann Pike');
  });

  it('reads a cue word that does not agree with the subject as a noun, and finds the verb after it', () => {
    const q = quote(
      analyseArticle(
        article(
          '“They feel he is the one guy,” Thomas Hanify, the president of the state firefighters union, said.',
        ),
      ),
      'one guy',
    );
    expect(q.speaker).toBe('Thomas Hanify');
    expect(q.cue).toBe('said');
  });

  it('does not take a name after "for" as the role noun’s person', () => {
    const [q] = analyseArticle(
      article('“The pier stays open all year,” said a spokesman for Sen. Ann Pike.'),
    );
    expect(q?.speaker).toBeNull();
    // The mention is the phrase as the sentence gives it.
    expect(q?.mention).toBe('a spokesman for Sen. Ann Pike');
  });
});

describe('analyseArticle: a colon introduction without a reporting cue', () => {
  it('gives the next paragraph’s quotation to the subject of "… released the following statement:"', () => {
    const quotations = analyseArticle(
      article(
        'When Tom Lee died in 1998, President Ann Pike released the following statement:',
        '“We offer our condolences to the family and friends of Tom Lee.”',
        'The statement was read at the funeral by a deacon of the parish.',
      ),
    );
    const q = quote(quotations, 'condolences');
    expect(q.speaker).toBe('Ann Pike');
    expect(q.cue).toBe('released the following statement:');
    // The prose after the quoted statement is no block quotation.
    expect(quotations.filter((x) => x.paragraph === 3 && x.direct)).toEqual([]);
  });

  it('reads "Jared Potts echoed:" as an introduction', () => {
    const quotations = analyseArticle(
      article('Jared Potts echoed:', '“He speaks his mind, and the country needs that.”'),
    );
    expect(quote(quotations, 'speaks his mind').speaker).toBe('Jared Potts');
  });
});

describe('analyseArticle: headlines and places', () => {
  it('gives a headline’s quoted words to the person named before its colon', () => {
    const quotations = analyseArticle(
      article('Ann Pike: Harbour Plan Is ‘A Gift To The Developers Of The City.’'),
    );
    expect(quote(quotations, 'A Gift').speaker).toBe('Ann Pike');
  });

  it('reads "The Latest:" as no one', () => {
    const quotations = analyseArticle(
      article('The Latest: Mayor Is ‘Pleased With The New Harbour Plan Today.’'),
    );
    expect(quote(quotations, 'Pleased').speaker).toBeNull();
  });

  it('never makes a place or a nationality a person', () => {
    const quotations = analyseArticle(
      article(
        'Tom Lee spoke in Iowa on Monday.',
        '“The pier stays open all year,” said Iowa.',
        'He said the Mexican delegation agreed and said it was “the same thing as before.”',
      ),
    );
    expect(quote(quotations, 'pier stays').speaker).toBeNull();
    expect(quote(quotations, 'same thing').speaker).not.toBe('Mexican');
  });

  it('does not resolve a pronoun to a place', () => {
    const quotations = analyseArticle(
      article(
        'Tom Lee, a senator, campaigned in Vermont.',
        'He added that Vermont had “a proud record of sending people to Congress.”',
      ),
    );
    expect(quote(quotations, 'proud record').speaker).toBe('Tom Lee');
  });
});

describe('analyseArticle: a role phrase when no person resolves', () => {
  it('keeps the role and the mention as the article gives them, complement included', () => {
    const [q] = analyseArticle(
      article(
        '“The campaign has a lot of work to do,” said a longtime adviser to both Clintons, who asked not to be named.',
      ),
    );
    expect(q?.speaker).toBeNull();
    expect(q?.mention).toBe('a longtime adviser to both Clintons');
    expect(q?.role).toBe('a longtime adviser to both Clintons');
  });
});

describe('analyseArticle: a framing verb after an appositive or a home', () => {
  it.each([
    [
      'Tom Lee, who leads in delegates, mocked Ann Pike for “having a tough night at the polls” again.',
      'Tom Lee',
    ],
    [
      'Tom Lee, celebrating a win at home, is pledging to “win many hundreds of delegates” soon.',
      'Tom Lee',
    ],
    [
      'Chancellor Ann Pike of Ruritania condemned “such a murderous attack on the city” and left.',
      'Ann Pike',
    ],
  ])('%s', (sentence, speaker) => {
    const q = analyseArticle(article(sentence)).find((x) => x.direct);
    expect(q?.speaker).toBe(speaker);
  });
});

describe('analyseArticle: names are capitalised words only', () => {
  it('skips a negated auxiliary between the subject and the cue: "Pike doesn’t believe"', () => {
    const quotations = analyseArticle(
      article(
        'Kim Pike spoke.',
        'While Pike doesn’t believe the pier will close, “the council may try,” she said.',
      ),
    );
    expect(quote(quotations, 'council may try').speaker).toBe('Kim Pike');
  });

  it('makes no speaker of a subject and its past verb: "the Navy ignored reports that …"', () => {
    const quotations = analyseArticle(
      article('The Navy ignored reports that there were activists on the range and kept bombing.'),
    );
    expect(quotations.filter((q) => /ignored/.test(q.speaker ?? q.role ?? ''))).toEqual([]);
  });
});

describe('analyseArticle: openers that are no names', () => {
  it('reads "Hours later," as a phrase of time, not a speaker', () => {
    const quotations = analyseArticle(
      article(
        'Tom Lee met Ann Pike.',
        'Hours later, he posted a photo, telling reporters: “Ann and I have been friends for years.”',
      ),
    );
    expect(quote(quotations, 'friends for years').speaker).toBe('Tom Lee');
  });

  it('never makes "I’m" a mention or speaker', () => {
    const [q] = analyseArticle(article('“The pier stays open all year,” I’m told by the mayor.'));
    expect(q?.mention).not.toBe('I’m');
    expect(q?.speaker).toBeNull();
  });
});

describe('analyseArticle: a body named after its owner', () => {
  it.each([
    ['Hal Brenner’s campaign said the ferry would stay.', 'Hal Brenner campaign'],
    ['The Hal Brenner camp said the ferry would stay.', 'Hal Brenner camp'],
  ])('an organisation or a body of people speaks: %s', (sentence, speaker) => {
    const found = analyseArticle(article('Hal Brenner runs for mayor.', sentence));
    expect(found.map((q) => q.speaker)).toContain(speaker);
  });

  it('a word about the owner is no body: no speaker called "Hal Brenner rhetoric"', () => {
    const found = analyseArticle(
      article(
        'Hal Brenner runs for mayor.',
        'Hal Brenner’s own rhetoric said the ferry would stay.',
      ),
    );
    expect(found.map((q) => q.speaker)).not.toContain('Hal Brenner rhetoric');
  });
});

describe('analyseArticle: a paragraph of bare quotation after a reported clause', () => {
  it('goes on in the words of the speaker whose reported clause ends the paragraph before', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo said that for years some critics had predicted the harbour would close, but it would not.',
        '“That is because the harbour feeds half the county, and it will go on doing so.”',
      ),
    );
    expect(quote(quotations, 'feeds half the county').speaker).toBe('Paul Okonkwo');
  });

  it('a stance is no reported speech that the next paragraph goes on with', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo wants the harbour to stay open all year.',
        '“That is because the harbour feeds half the county, and it will go on doing so.”',
      ),
    );
    expect(quote(quotations, 'feeds half the county').speaker).toBeNull();
  });
});

describe('analyseArticle: a short quoted phrase framed by the subject’s verb', () => {
  it.each([
    [
      'Delgado decried the council for “turning its back” on the harbour workers.',
      'turning its back',
    ],
    ['Okonkwo refers to the mayor as “my friend Rosa.”', 'my friend Rosa'],
  ])('is the subject’s words: %s', (sentence, phrase) => {
    const quotations = analyseArticle(article(INTRO, sentence));
    expect(quote(quotations, phrase).speaker).toMatch(/Delgado|Okonkwo/);
  });

  it.each([
    'Okonkwo starred in the film “Harbour Lights” last year.',
    'Okonkwo and the “old guard” met on Monday.',
  ])('a title or a word that is no verb frames nothing: %s', (sentence) => {
    expect(analyseArticle(article(INTRO, sentence)).filter((q) => q.direct)).toHaveLength(0);
  });
});

describe('analyseArticle: speakers without a reporting cue', () => {
  it('a person who is the subject of the paragraph’s last sentence speaks the bare quotation after', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo continued his remarks.',
        '“Nobody asked the harbour workers what they wanted. Nobody.”',
      ),
    );
    expect(quote(quotations, 'harbour workers').speaker).toBe('Paul Okonkwo');
  });

  it('a possessive opening the last sentence names no subject', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Regarding Okonkwo’s plan, the council stayed quiet.',
        '“We will see about that, and soon.”',
      ),
    );
    expect(quote(quotations, 'see about that').speaker).toBeNull();
  });

  it('a name and a verb in the past after an utterance: “…?” Delgado pressed', () => {
    const quotations = analyseArticle(
      article(INTRO, '“Would the ferry keep running?” Delgado pressed. “And for how long?”'),
    );
    expect(quote(quotations, 'ferry keep running').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'for how long').speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: a cue that needs its quotation beside it', () => {
  it.each([
    'Okonkwo asks at the harbour school, “Any questions I can answer?”',
    'Okonkwo replied evenly, “Any questions I can answer?”',
    'Okonkwo responded pointedly, with a smile: “Any questions I can answer?”',
  ])('reaches it over a short phrase of place or manner: %s', (sentence) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'questions I can answer');
    expect(q.speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a short exclamation or question', () => {
  it('is an utterance whoever says it: a man yelled “Stay there!”', () => {
    const quotations = analyseArticle(
      article(INTRO, 'When Delgado thanked the crowd, a man yelled “Stay there!” from the back.'),
    );
    expect(quote(quotations, 'Stay there').mention).toBe('a man');
  });

  it('a short phrase with no mark of its own is still a scare quote', () => {
    const quotations = analyseArticle(
      article(INTRO, 'Some critics called the plan “a quiet revolution” at the meeting.'),
    );
    expect(quotations.filter((q) => q.direct && q.text.includes('quiet revolution'))).toHaveLength(
      0,
    );
  });
});

describe('analyseArticle: a framing verb before a quotation and a cue after it', () => {
  it('the quotation is the subject’s words when the sentence’s only cue comes after it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado referred to Okonkwo as “a bright and steady partner for the harbour” but described his plan as unfinished.',
      ),
    );
    expect(quote(quotations, 'steady partner').speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: a quotation standing alone after a reported clause in its paragraph', () => {
  it('goes on in the words of the speaker of the sentence just before', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo says he got a worried call from his niece last week. “She told me the ferry would stop running for good.”',
      ),
    );
    expect(quote(quotations, 'ferry would stop').speaker).toBe('Paul Okonkwo');
  });

  it('a stance before it hands nothing on', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo wants the harbour to stay open all year. “She told me the ferry would stop running for good.”',
      ),
    );
    expect(quote(quotations, 'ferry would stop').speaker).toBeNull();
  });
});

describe('analyseArticle: the subject of a participle after a comma', () => {
  it('is the sentence’s, not a phrase after a preposition', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'On Friday, Delgado endorsed Okonkwo at a rally at Pier Hall, the city’s oldest venue, calling him “a friend of the harbour and its workers.”',
      ),
    );
    expect(quote(quotations, 'friend of the harbour').speaker).toBe('Rosa Delgado');
  });

  it('“with” names its own: with Okonkwo calling it …', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Council members were irritated by the plan, with Senator Okonkwo calling it a “menu with no prices on it.”',
      ),
    );
    expect(quote(quotations, 'menu with no prices').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a quotation signed with a dash and a name', () => {
  it('gives each of a run of signed replies to the name after it', () => {
    const quotations = analyseArticle(
      article(
        'We asked readers what they made of the harbour plan.',
        '”The ferry is the only way I get to work.” ― Ines Marlow “They never asked us once.”― Tomas Reyes, a docker “Let the council pay for it.” ― Ada Quint.',
      ),
    );
    expect(quote(quotations, 'only way I get').speaker).toBe('Ines Marlow');
    expect(quote(quotations, 'never asked us').speaker).toBe('Tomas Reyes');
    expect(quote(quotations, 'council pay').speaker).toBe('Ada Quint');
    expect(quote(quotations, 'council pay').cue).toBe('―');
  });

  it('reads "--" as a dash, but a verb after the name makes the dash prose', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“The ferry stays,” -- Paul Okonkwo',
        '“The ferry goes in May and that is final” — Delgado told the council.',
      ),
    );
    expect(quote(quotations, 'ferry stays').speaker).toBe('Paul Okonkwo');
    expect(quote(quotations, 'ferry goes').cue).toBe('told');
  });

  it('a paragraph of only a dash and a name signs the quotation paragraph before it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '"The ferry has never once run on time in ten years of service."',
        '- Delgado.',
        'The claim does not hold up.',
        '“Nobody asked the dockers before the vote.”',
        '—Paul Okonkwo, speaking after the vote.',
        '“The council will pay for all of it.”',
        'Ada Quint said the council had not decided.',
      ),
    );
    expect(quote(quotations, 'never once run').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'never once run').cue).toBe('-');
    expect(quote(quotations, 'Nobody asked').speaker).toBe('Paul Okonkwo');
    // A paragraph of prose after the quotation is no signature.
    expect(quote(quotations, 'council will pay').speaker).toBeNull();
  });

  it('a sign-off after a reported clause signs nothing', () => {
    const quotations = analyseArticle(
      article(INTRO, 'Delgado said the harbour was “still the busiest on the coast.”--Ada Quint'),
    );
    expect(quote(quotations, 'busiest on the coast').speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: a sentence that only attributes the quotation before it', () => {
  it('gives the quotation to its subject', () => {
    const quotations = analyseArticle(
      article(INTRO, '“We will find the money. We always do.” Sen. Ann Pike said on Monday.'),
    );
    expect(quote(quotations, 'find the money').speaker).toBe('Ann Pike');
  });

  it('a longer sentence after it says something else', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“We will find the money. We always do.” Delgado said the council would pay for the rest of the work.',
      ),
    );
    expect(quote(quotations, 'find the money').speaker).toBeNull();
  });
});

describe('analyseArticle: a naming verb’s object and the quoted name it is given', () => {
  it('is one attribution holding the quoted words: “called half of the supporters “deplorables””', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'At a fundraiser in Eastmoor with the singer Ana Ruiz, Delgado called half of the council “deplorables.”',
      ),
    );
    const piece = quote(quotations, 'deplorables');
    expect(piece.text).toBe('deplorables.');
    expect(piece.speaker).toBe('Rosa Delgado');
    const [unit] = attributionUnits(quotations);
    expect(unit!.text).toBe('half of the council “deplorables.”');
    expect(unit!.direct).toBe(true);
    expect(unit!.speaker).toBe('Rosa Delgado');
    // The object is no one's words: who-said shows only the quoted name.
    const clause = quotations.find((q) => !q.direct)!;
    expect(givesWords(clause)).toBe(false);
  });

  it('names nothing without quoted words', () => {
    expect(analyseArticle(article(INTRO, 'Delgado called Okonkwo on Monday to concede.'))).toEqual(
      [],
    );
  });

  it('the words before a verb describe its subject, not its object', () => {
    const quotations = analyseArticle(
      article(INTRO, 'In a statement, the union called Okonkwo a “champion” for the harbour.'),
    );
    expect(quotations.map((q) => q.speaker)).not.toContain('Paul Okonkwo');
  });
});

describe('analyseArticle: a cue verb that frames a short quoted phrase', () => {
  it('frames it when the cue is the subject’s own verb and reports no clause', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'The Harbour Union has asked the office of Mayor Rosa Delgado to “cease and desist” from using its emblem.',
      ),
    );
    expect(quote(quotations, 'cease and desist').speaker).toBe('Harbour Union');
  });
});

describe('analyseArticle: words of a headline or a sentence’s opening are no part of a name', () => {
  it('drops a capitalised common word before a known name at a sentence’s start', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Her rival had little to say on Monday.',
        'Rival Rosa Delgado’s campaign says it raised $15 million. “We are grateful,” Delgado said.',
      ),
    );
    expect(quote(quotations, 'grateful').speaker).toBe('Rosa Delgado');
  });

  it('a Title Case headline does not rename the people it names', () => {
    const quotations = analyseArticle(
      article(
        'Angry Harbour Workers Rip Rosa Delgado',
        'Workers who are angry about the plan met on Monday. Rosa Delgado was not there.',
        '“The ferry stays,” Delgado said.',
      ),
    );
    expect(quote(quotations, 'ferry stays').speaker).toBe('Rosa Delgado');
  });

  it('a name stops at a function word Title Case capitalises', () => {
    const quotations = analyseArticle(
      article(
        'Pike Says She Is Unlikely To Work With David Cameron',
        '“We will work with whoever is elected,” Cameron said.',
      ),
    );
    expect(quote(quotations, 'whoever is elected').speaker).toBe('David Cameron');
  });

  it('keeps a first name the headline alone gives', () => {
    const quotations = analyseArticle(
      article('Harbour Workers Cheer Joe Aldous', '“The ferry stays,” Aldous said.'),
    );
    expect(quote(quotations, 'ferry stays').speaker).toBe('Joe Aldous');
  });
});

describe('analyseArticle: a delegate’s title and a number written with a slash', () => {
  it.each([
    ['“The ferry stays,” said Del. Ann Pike of the Virgin Islands.', 'Ann Pike'],
    ['“The ferry stays,” said 9/11 widow Ann Pike.', 'Ann Pike'],
    ['“The ferry stays,” said Benicio Del Toro.', 'Benicio Del Toro'],
  ])('%s', (sentence, speaker) => {
    expect(quote(analyseArticle(article(sentence)), 'ferry stays').speaker).toBe(speaker);
  });
});

describe('analyseArticle: a framing verb with only punctuation before the quotation', () => {
  it('frames the quotation alone, with no clause of punctuation', () => {
    const quotations = analyseArticle(
      article(
        'Ann Pike, an analyst at Harbour Capital Markets, agreed: “They have a great brand.”',
      ),
    );
    expect(quote(quotations, 'great brand').speaker).toBe('Ann Pike');
    expect(quotations.filter((q) => !q.direct)).toEqual([]);
  });
});

describe('analyseArticle: a cue word after a name’s possessive is a noun', () => {
  it('“calling Okonkwo’s charge “pathetic”” is the caller’s', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado responded on Monday, calling Okonkwo’s charge “pathetic and dangerous.”',
      ),
    );
    expect(quote(quotations, 'pathetic').speaker).toBe('Rosa Delgado');
  });

  it('“Okonkwo’s said” (has said) is still a verb', () => {
    const quotations = analyseArticle(
      article(INTRO, 'Okonkwo’s said the same for years: “The ferry pays for itself.”'),
    );
    expect(quote(quotations, 'pays for itself').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a name after a copula is no subject', () => {
  it('“Delgado, who is Catholic, spoke on Sunday, noting …” is Delgado’s', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado, who is Catholic, spoke on Sunday, noting the council’s “total lack of empathy” for the families.',
      ),
    );
    expect(quote(quotations, 'lack of empathy').speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: a phrase of time between the subject and the cue', () => {
  it.each([
    'Okonkwo on Wednesday called the plan “a horrible, despicable scheme.”',
    'Okonkwo during a Sunday rally said “the ferry will stay.”',
  ])('%s', (sentence) => {
    const [q] = analyseArticle(article(INTRO, sentence)).filter((x) => x.direct);
    expect(q?.speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: two roles of one speaker joined by “and”', () => {
  it('are one mention', () => {
    const [q] = analyseArticle(
      article(
        '“The ferry stays for good,” the harbour senator and mayoral candidate said in a statement.',
      ),
    );
    expect(q?.mention).toBe('the harbour senator and mayoral candidate');
  });
});

describe('analyseArticle: one quotation per clause', () => {
  it('a clause both framing a quotation and reported by its verb is one quotation, named in full', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado, the former governor, proposed we “wake up and smell the sea air” before the vote.',
      ),
    );
    const clauses = quotations.filter((q) => !q.direct);
    expect(clauses).toHaveLength(1);
    expect(clauses[0]!.mention).toBe('Delgado, the former governor');
  });
});

describe('analyseArticle: a reported clause ends at a second verb of its subject', () => {
  it('“said … was “ignorant” of the harbour and criticized him …” is two attributions', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado said Okonkwo was “ignorant” of the harbour and criticized him for saying he had sacrificed for it.',
      ),
    );
    const clauses = quotations.filter((q) => !q.direct).map((q) => q.text);
    expect(clauses).toContain('Okonkwo was “ignorant” of the harbour');
  });

  it('“and would fail” stays in the clause', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo told the council that the levy was “a tax on visitors” and would fail.',
      ),
    );
    expect(quotations.find((q) => !q.direct)?.text).toBe(
      'the levy was “a tax on visitors” and would fail',
    );
  });
});

describe('analyseArticle: a surname that is also a common word', () => {
  it('is the speaker right before a verb of speech', () => {
    const quotations = analyseArticle(
      article(
        'The harbour’s chief executive, Ian Read, spoke on Monday.',
        '“We believe this deal is a great deal for the harbour,” Read said.',
        'Read more about the deal on page four.',
      ),
    );
    expect(quote(quotations, 'great deal').speaker).toBe('Ian Read');
    expect(quotations.map((q) => q.speaker)).not.toContain('Read more');
  });
});

describe('analyseArticle: introductions ending in a colon, and a subject with a home', () => {
  it('“17-year-old Jared Potts echoed:” introduces the next paragraph', () => {
    const quotations = analyseArticle(
      article(
        '17-year-old Tomas Reyes echoed:',
        '“He speaks his mind, and that is what the harbour needs.”',
      ),
    );
    expect(quote(quotations, 'speaks his mind').speaker).toBe('Tomas Reyes');
  });

  it('“as X observed, …:” introduces the next paragraph', () => {
    const quotations = analyseArticle(
      article(
        'Of course, as Ann Pike of the Calder Mercury observed, the biggest winner was the harbour itself:',
        '“The clear winner of the night was the harbour, which hosted two lively sessions.”',
      ),
    );
    expect(quote(quotations, 'clear winner').speaker).toBe('Ann Pike');
  });

  it('“Paul Okonkwo of Eastmoor said …” is Okonkwo’s', () => {
    const quotations = analyseArticle(
      article(INTRO, 'Senator Paul Okonkwo of Eastmoor said he was “outraged” by the vote.'),
    );
    expect(quote(quotations, 'outraged').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a reported clause ends before a participle of speech', () => {
  it.each([
    'Delgado said the fares would fall, adding that the ferry would stay.',
    'Delgado said the fares would “fall by spring,” adding that the ferry would stay.',
  ])('%s', (sentence) => {
    const clauses = analyseArticle(article(INTRO, sentence))
      .filter((q) => !q.direct)
      .map((q) => [q.cue, q.text.replace(/[,”]+$/, '')]);
    expect(clauses[0]![0]).toBe('said');
    expect(clauses[0]![1]).toMatch(/^the fares would (?:fall|“fall by spring)$/);
    expect(clauses).toContainEqual(['adding', 'the ferry would stay']);
  });
});

describe('analyseArticle: a relative clause with a speaker of its own ends a reported clause', () => {
  it('“…, which he called “a total disaster”” is not part of what was said', () => {
    const clauses = analyseArticle(
      article(
        INTRO,
        'Okonkwo said that as long as the council stayed divided, the levy would pass, which he called “a total disaster” for the harbour.',
      ),
    ).filter((q) => !q.direct);
    expect(clauses[0]?.text).toBe('as long as the council stayed divided, the levy would pass');
  });
});

describe('analyseArticle: a title in marks is nobody’s words', () => {
  it('drops a show or a book title, capitalised but for its small words', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado told ABC’s “Good Morning America” that the ferry would stay.',
        'Okonkwo, author of “Tides of the Calder Sound,” said the harbour was safe.',
      ),
    );
    expect(quotations.filter((q) => q.direct)).toEqual([]);
  });

  it('drops a title that holds the period of the sentence it ends', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        "Delgado said the ferry plan came from her book ''Tides of the Calder Sound.''",
      ),
    );
    expect(quotations.filter((q) => q.direct)).toEqual([]);
    expect(quotations.filter((q) => !q.direct)).toHaveLength(1);
  });

  it('keeps words in title case that a comma or colon introduces', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado laughed it off by interjecting, “Only Paul Okonkwo.” The crowd roared.',
      ),
    );
    expect(quote(quotations, 'Only Paul Okonkwo').speaker).toBe('Rosa Delgado');
  });

  it('keeps a quotation in a Title Case headline, and a sentence in marks', () => {
    const quotations = analyseArticle(
      article('Delgado: ‘It Is Not A Radical Idea’', INTRO, '“The Ferry Stays.” Delgado said.'),
    );
    expect(quote(quotations, 'Radical Idea').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'Ferry Stays').speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: a role phrase opening the sentence is the subject of a participle', () => {
  it('“The harbour mayor began by …, saying …” is the mayor’s', () => {
    const quotations = analyseArticle(
      article(
        'Rosa Delgado, the harbour mayor, spoke on Monday.',
        'The harbour mayor began by talking about the ferry, saying that a ticket is now “cheaper than a coffee.”',
      ),
    );
    const q = quote(quotations, 'cheaper than a coffee');
    expect(q.mention).toBe('The harbour mayor');
    expect(q.speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: a phrase of time after the sentence’s subject', () => {
  it('“Okonkwo on Saturday criticized the plan, saying …” is Okonkwo’s', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo on Saturday criticized the harbour plan, saying the levy goes “nowhere near far enough.”',
      ),
    );
    expect(quote(quotations, 'nowhere near').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: review of the session’s rules', () => {
  it('keeps a surname that is a headline word when it ends the name: George Will, Edward Said', () => {
    expect(
      quote(analyseArticle(article('“It was a mistake,” said George Will.')), 'mistake').speaker,
    ).toBe('George Will');
    expect(
      quote(
        analyseArticle(article('“It was a mistake,” said Edward Said, a professor.')),
        'mistake',
      ).speaker,
    ).toBe('Edward Said');
  });

  it('does not fold a first name the article also writes in lower case into another person', () => {
    const quotations = analyseArticle(
      article(
        'President Robert Mugabe spoke at a rally on Friday.',
        'Grace Mugabe said the party would not fall from grace under her watch.',
        '“We will defend the revolution,” Grace Mugabe told supporters.',
      ),
    );
    expect(quote(quotations, 'defend the revolution').speaker).toBe('Grace Mugabe');
  });

  it('takes a following sentence as the attribution only when it says nothing else', () => {
    const quotations = analyseArticle(
      article(
        '“We will fight on the beaches,” Ann Smith said. “We will never surrender.” Mary Jones said she agreed.',
      ),
    );
    expect(quote(quotations, 'never surrender').speaker).toBe('Ann Smith');
  });

  it('keeps an uttered or shouted quotation that only looks like a title', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“I Will Never Give Up On You,” Delgado told the crowd.',
        'Okonkwo wrote on the harbour wall: “SAVE THE FERRY NOW”',
      ),
    );
    expect(quote(quotations, 'Never Give Up').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'SAVE THE FERRY').speaker).toBe('Paul Okonkwo');
  });

  it('a name after “to” before a phrase of time is no subject', () => {
    const [q] = analyseArticle(
      article(INTRO, 'An aide to Rosa Delgado on Monday said the campaign would appeal.'),
    );
    expect(q?.speaker).toBeNull();
  });

  it('“called for …” names nothing', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo on Monday called for an inquiry into what he termed “a rigged levy.”',
      ),
    );
    expect(quotations.filter((q) => !q.direct && q.cue === 'called')).toEqual([]);
  });
});

describe('analyseArticle: a name that describes the noun after it is no speaker', () => {
  it('“the independent Calder senator and harbour candidate told” is one role, not Calder', () => {
    const [q] = analyseArticle(
      article(
        '“The ferry is the town’s lifeline,” the independent Calder senator and Labour harbour candidate told the radio.',
      ),
    );
    expect(q?.mention).toBe('the independent Calder senator and Labour harbour candidate');
    expect(q?.speaker).toBeNull();
  });

  it('“Okonkwo’s spokesman said” is the spokesman, not Okonkwo', () => {
    const [q] = analyseArticle(
      article(INTRO, '“The senator is on holiday,” Okonkwo’s spokesman said.'),
    );
    expect(q?.mention).toBe('Okonkwo’s spokesman');
    expect(q?.speaker).toBeNull();
  });
});

describe('analyseArticle: what a possessive name owns is the subject', () => {
  it('“Okonkwo’s campaign shrugged off Delgado’s comments, telling …” is the campaign’s', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo’s campaign shrugged off Delgado’s comments, telling reporters, “Nobody on the senator’s team ever asked for her support.”',
      ),
    );
    expect(quote(quotations, 'Nobody on').speaker).toBe('Paul Okonkwo campaign');
  });

  it('what a name owns is an object when punctuation follows it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Her friends have watched Okonkwo’s campaign, calling it “a circus without a tent,” Delgado said.',
      ),
    );
    expect(quote(quotations, 'circus').speaker).toBe('Rosa Delgado');
  });

  it('“Delgado’s response was: …” is Delgado’s', () => {
    const quotations = analyseArticle(
      article(INTRO, 'Delgado’s response was: “Is the ferry running on Sunday or not?”'),
    );
    expect(quote(quotations, 'ferry running').speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: an absolute phrase “with X …ing” names its own speaker', () => {
  it('“…, with Okonkwo taking to the radio to call the plan “a swindle”” is Okonkwo’s', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'The council has defended the levy, with Okonkwo taking to the radio to call the plan “a swindle” for the islands.',
      ),
    );
    expect(quote(quotations, 'swindle').speaker).toBe('Paul Okonkwo');
  });

  it('ends the clause reported before it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado said the levy was fair to every island, with Okonkwo noting that “the poorest pay most.”',
      ),
    );
    const reported = quotations.find((q) => !q.direct && q.speaker === 'Rosa Delgado');
    expect(reported?.text).toBe('the levy was fair to every island');
    expect(quote(quotations, 'poorest').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a verb of speech in the sentence before introduces a bare quotation', () => {
  it('“Okonkwo announced on Monday a lawsuit against the state. “…”” is Okonkwo’s', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo announced on Monday a lawsuit against the state of Calder. “We are seeking a court order that stops the levy before the summer.”',
      ),
    );
    expect(quote(quotations, 'court order').speaker).toBe('Paul Okonkwo');
  });

  it('a participle after “by” reports for the sentence’s subject', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo distanced himself from the protest by saying he would vote for the levy. “I am going to support it, and support it with enthusiasm.”',
      ),
    );
    const reported = quotations.find((q) => !q.direct);
    expect(reported?.text).toBe('he would vote for the levy');
    expect(reported?.speaker).toBe('Paul Okonkwo');
    expect(quote(quotations, 'support it').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a verb’s base or -s form after an article is a noun', () => {
  it('“the state”, “his claims” and “a call” are no cues', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado filed suit against the state. Okonkwo made his claims in a call to the radio: “The levy is a swindle for every island.”',
      ),
    );
    expect(quotations.filter((q) => ['state', 'claims', 'call'].includes(q.cue ?? ''))).toEqual([]);
  });
});

describe('analyseArticle: a document issued by the subject speaks for it', () => {
  it('“Okonkwo issued a statement saying …” is Okonkwo’s', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'On Saturday, Okonkwo issued a statement saying the levy was “a tax on the poorest islands.”',
      ),
    );
    expect(quote(quotations, 'poorest islands').speaker).toBe('Paul Okonkwo');
    expect(quotations.find((q) => !q.direct)?.speaker).toBe('Paul Okonkwo');
  });

  it('a report that suggests is no document of the sentence’s subject', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado read a report suggesting the ferry had been “run into the ground for a decade.”',
      ),
    );
    expect(quote(quotations, 'run into the ground').speaker).not.toBe('Rosa Delgado');
  });

  it('skips a dateline before the subject', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'CALDER, Nov. 24 (Harbour News) — Okonkwo released a statement saying the fares were “beyond what any family can pay.”',
      ),
    );
    expect(quote(quotations, 'any family').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: appositives between a quotation and its cue', () => {
  it('a dotted abbreviation before a lower-case word ends no sentence', () => {
    const [q] = analyseArticle(
      article(
        '“Every election they say the members will defect,” Steve Rosen, a former director of the A.F.L.-C.I.O. and organizer, wrote in an email.',
      ),
    );
    expect(q?.speaker).toBe('Steve Rosen');
  });

  it('a few quoted words inside the appositive are part of it', () => {
    const [q] = analyseArticle(
      article(
        '“We have had better conventions than this one,” delegate Bill Eastwood, wearing a hat and “Save the Ferry” pins, said.',
      ),
    );
    expect(q?.speaker).toBe('Bill Eastwood');
  });

  it('a long appositive after a name, however many words it runs to, ends at the cue', () => {
    const [q] = analyseArticle(
      article(
        '“The ferry will run all winter,” Maria Okafor, the harbour board’s longest-serving member and chair of its finance committee since the fleet was sold to the county in 2009, said when asked.',
      ),
    );
    expect(q?.speaker).toBe('Maria Okafor');
    expect(q?.mention).toMatch(/^Maria Okafor, .* in 2009$/);
  });
});

describe('analyseArticle: a role word ending in “-ly” is no adverb', () => {
  it('“said Delgado ally James Carr” is Carr’s', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“The mayor is in great shape, the best shape ever,” said Delgado ally James Carr.',
      ),
    );
    expect(quote(quotations, 'great shape').speaker).toBe('James Carr');
  });
});

describe('analyseArticle: subjects with a state office, a party, or a clause after the quotation', () => {
  it('“state Sen. Jason Holt (D) said” is Holt’s, and the mention keeps its parenthesis', () => {
    const [q] = analyseArticle(
      article('“We are tying their hands,” state Sen. Jason Holt (D) said during the filibuster.'),
    );
    expect(q?.speaker).toBe('Jason Holt');
    expect(q?.mention).toBe('state Sen. Jason Holt (D)');
  });

  it('a verb of speech after a preposition is a noun (“to respond to requests from”)', () => {
    const [q] = analyseArticle(
      article(
        '“The council will search the records” that would respond to requests from the union, harbour counsel Carla Wood wrote in a court filing.',
      ),
    );
    expect(q?.speaker).toBe('Carla Wood');
  });
});

describe('analyseArticle: a subject before a party in parentheses or after a cleft', () => {
  it('“Sen. Ann Lee (D-Ore.), who backs the levy, said …” is Lee’s', () => {
    const quotations = analyseArticle(
      article(
        'Sen. Ann Lee (D-Ore.), who backs the levy, said the mayor had been “stronger” and “more aggressive” this year.',
      ),
    );
    expect(quote(quotations, 'stronger').speaker).toBe('Ann Lee');
    expect(quotations.find((q) => !q.direct)?.speaker).toBe('Ann Lee');
  });

  it('“It was three years ago that Ann Lee, who …, said …” is Lee’s', () => {
    const quotations = analyseArticle(
      article(
        'It was three years ago that Ann Lee, who is thinking about running for mayor, said it was “impossible” for anyone to win the harbour seat.',
      ),
    );
    expect(quote(quotations, 'impossible').speaker).toBe('Ann Lee');
  });
});

describe('analyseArticle: more verbs of speech', () => {
  it('“hinting that …” reports, and “slammed … as “…”” names', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo spoke to the radio, hinting that the fares could fall. Delgado slammed the levy as “a tax on the poorest islands.”',
      ),
    );
    expect(quotations.find((q) => !q.direct && q.cue === 'hinting')?.text).toBe(
      'the fares could fall',
    );
    expect(quote(quotations, 'poorest islands').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'poorest islands').cue).toBe('slammed');
  });
});

describe('analyseArticle: a reported question', () => {
  it('“Delgado asked Okonkwo how …” reports the question; “When asked whether …” names no asker', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado asked Okonkwo how he would pay for the new ferry without the levy. When asked whether the fares would fall, the council declined to comment.',
      ),
    );
    const reported = quotations.filter((q) => !q.direct);
    expect(reported.map((q) => [q.text, q.speaker])).toEqual([
      ['how he would pay for the new ferry without the levy', 'Rosa Delgado'],
    ]);
  });
});

describe('analyseArticle: review of this stop’s rules', () => {
  const at = (paragraph: string) => analyseArticle(article(INTRO, paragraph));

  it('keeps a short utterance of a possessive role, with no speaker', () => {
    const q = quote(at('“We will win,” Delgado’s spokesman said.'), 'We will win');
    expect(q.speaker).toBeNull();
    expect(q.mention).toBe('Delgado’s spokesman');
  });

  it('a time word after the name describes no noun', () => {
    expect(quote(at('“We will not back down,” Okonkwo yesterday said.'), 'back down').speaker).toBe(
      'Paul Okonkwo',
    );
    expect(quote(at('“We will not back down,” Okonkwo on Monday said.'), 'back down').speaker).toBe(
      'Paul Okonkwo',
    );
  });

  it('“ally” is a role noun everywhere, not an adverb', () => {
    const q = quote(at('“We will win,” Delgado’s ally said.'), 'We will win');
    expect(q.speaker).toBeNull();
    expect(q.mention).toBe('Delgado’s ally');
  });

  it('the one asked in the passive, and a relative after the object, ask nothing', () => {
    expect(at('Okonkwo was asked whether he would run again.')).toEqual([]);
    expect(at('Okonkwo has been asked repeatedly whether he will run.')).toEqual([]);
    expect(at('Delgado asked the officers who arrested him to release the video.')).toEqual([]);
    expect(at('Delgado bristled after reporters asked whether she would run again.')).toEqual([]);
  });

  it('a document speaks for the subject of its own issuing verb', () => {
    const quotations = at('Delgado said Okonkwo had issued a statement saying he would resign.');
    expect(quotations.find((q) => q.cue === 'saying')?.speaker).toBe('Paul Okonkwo');
    const hospital = at(
      'The hospital where Okonkwo was treated issued a statement saying he was recovering.',
    );
    expect(hospital.find((q) => q.cue === 'saying')?.speaker).toBeNull();
  });

  it('an absolute phrase with no verb of speech stays in the clause', () => {
    const [q] = at('Delgado said the plan would pass easily, with Okonkwo voting yes.');
    expect(q?.text).toBe('the plan would pass easily, with Okonkwo voting yes');
  });

  it('a participle that describes a noun is no cue', () => {
    expect(at('Delgado won bragging rights on Monday.')).toEqual([]);
    expect(
      at('Delgado was greeted by screaming protesters on the quay.').filter(
        (q) => q.cue === 'screaming',
      ),
    ).toEqual([]);
  });

  it('a bare quotation after a question, or after a cue in a relative clause, is not theirs', () => {
    expect(
      quote(
        at('Delgado asked Okonkwo about the lawsuit. “I have no comment on it today.”'),
        'no comment',
      ).speaker,
    ).not.toBe('Rosa Delgado');
    expect(
      quote(
        at(
          'The plan, which Okonkwo announced, would cost ten million. “It is a mess from start to finish.”',
        ),
        'a mess',
      ).speaker,
    ).not.toBe('Paul Okonkwo');
  });

  it('what a possessive owns is its compound’s last noun', () => {
    const quotations = at(
      'Delgado’s news conference was interrupted by Okonkwo, shouting that the mayor had lied.',
    );
    expect(quotations.map((q) => q.speaker)).not.toContain('Rosa Delgado news');
  });
});

describe('analyseArticle: a role with a complement, then the name', () => {
  it('“said his best friend at the harbour, Tom Reyes, who …” is Reyes’s, and the relative clause is no role', () => {
    const [q] = analyseArticle(
      article(
        '“It may have been his first attempt to stand up to his father,” said his best friend at the harbour, Tom Reyes, who, like other friends, remembered the day.',
      ),
    );
    expect(q?.speaker).toBe('Tom Reyes');
    expect(q?.role).toBe('best friend at the harbour');
  });

  it('a participle before a person’s noun describes it, and “adding later,” still reports', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“People want an outlet,” Okonkwo, a creative writing professor, said.',
        '“We cannot afford this,” Delgado said, adding later, “The levy costs us a fortune.”',
      ),
    );
    expect(quote(quotations, 'outlet').speaker).toBe('Paul Okonkwo');
    expect(quote(quotations, 'a fortune').cue).toBe('adding');
  });
});

describe('analyseArticle: a party in parentheses after the name', () => {
  it('stands between a sentence’s subject and its verb, before a participle of speech', () => {
    const quotations = analyseArticle(
      article(
        'Sen. Ann Lee (D-Ore.) on Monday criticized the levy adopted after two weeks of talks among the harbour boards, saying the plan goes “nowhere near far enough.”',
      ),
    );
    expect(quote(quotations, 'nowhere near').speaker).toBe('Ann Lee');
  });

  it('is the name’s, not an appositive, in the mention and role of a subject before its cue', () => {
    const before = quote(
      analyseArticle(article('Sen. Ann Lee (D-Ore.) said: “The pier stays open.”')),
      'pier',
    );
    expect(before.mention).toBe('Sen. Ann Lee (D-Ore.)');
    expect(before.role).toBe('Sen. (D-Ore.)');
    const between = quote(
      analyseArticle(article('“The pier stays open,” Rep. Ann Lee (D-Ore.) said.')),
      'pier',
    );
    expect(between.mention).toBe('Rep. Ann Lee (D-Ore.)');
  });

  it('an appositive in parentheses keeps its closing mark in the mention', () => {
    const q = quote(
      analyseArticle(article('Ann Lee (a Democrat) said: “The pier stays open.”')),
      'pier',
    );
    expect(q.speaker).toBe('Ann Lee');
    expect(q.mention).toBe('Ann Lee (a Democrat)');
    expect(q.role).toBe('a Democrat');
  });
});

describe('analyseArticle: a predicate between commas before a participle of speech', () => {
  it('is no appositive: the subject before it speaks, with its own appositive', () => {
    const quotations = analyseArticle(
      article(
        'Ann Lee, founder of the Harbour Trust, endorsed Okonkwo last week, saying he “has shown a deep commitment to the port.”',
      ),
    );
    const q = quote(quotations, 'deep commitment');
    expect(q.speaker).toBe('Ann Lee');
    expect(q.role).toBe('founder of the Harbour Trust');
  });

  it('is no role of the name before it', () => {
    const quotations = analyseArticle(
      article(
        'The harbour’s oldest pilot, Ann Lee, voiced support for the levy on Monday, saying it would “keep the lights on.”',
      ),
    );
    const q = quote(quotations, 'lights');
    expect(q.speaker).toBe('Ann Lee');
    expect(q.role).not.toMatch(/voiced/);
  });

  it('before a finite verb, a participle phrase still describes the subject', () => {
    const quotations = analyseArticle(
      article(
        'Mr. Okonkwo spoke first, but Republicans, concerned about the levy, have long said it would “sink the port.”',
      ),
    );
    expect(quote(quotations, 'sink').speaker).toBe('Republicans');
  });
});

describe('analyseArticle: a person with a home, then an appositive, before the cue', () => {
  it('“Sen. Tom Reyes of Calder, who …, said” is Reyes’s, and the mention keeps it all', () => {
    const q = quote(
      analyseArticle(
        article(
          'Sen. Tom Reyes of Calder, who has spoken privately with the mayor, said: “The pier stays open.”',
        ),
      ),
      'pier',
    );
    expect(q.speaker).toBe('Tom Reyes');
    expect(q.mention).toBe('Sen. Tom Reyes of Calder, who has spoken privately with the mayor');
  });
});

describe('analyseArticle: the mention after a cue takes in the home, the party and an appositive', () => {
  it('an appositive after a home or a party belongs to the mention; the role keeps the home', () => {
    const home = quote(
      analyseArticle(
        article('“The pier stays open,” said Sen. Tom Reyes of Calder, another harbour veteran.'),
      ),
      'pier',
    );
    expect(home.speaker).toBe('Tom Reyes');
    expect(home.mention).toBe('Sen. Tom Reyes of Calder, another harbour veteran');
    expect(home.role).toBe('Sen. of Calder');
    const party = quote(
      analyseArticle(article('“The pier stays open,” said Rep. Ann Lee (D-Ore.), a levy backer.')),
      'pier',
    );
    expect(party.mention).toBe('Rep. Ann Lee (D-Ore.), a levy backer');
  });

  it('a state that is also a title word is a home', () => {
    const q = quote(
      analyseArticle(article('“The pier stays open,” said Sen. Tom Reyes of Ohio.')),
      'pier',
    );
    expect(q.mention).toBe('Sen. Tom Reyes of Ohio');
    expect(q.role).toBe('Sen. of Ohio');
  });

  it('a home may have a few describing words before its name, when the name ends the clause', () => {
    const q = quote(
      analyseArticle(
        article('“The pier stays open,” said Tom Reyes of the non-partisan Calder Harbour Trust.'),
      ),
      'pier',
    );
    expect(q.mention).toBe('Tom Reyes of the non-partisan Calder Harbour Trust');
    const person = quote(
      analyseArticle(article(INTRO, '“The pier stays open,” said Delgado of the senior Okonkwo.')),
      'pier',
    );
    expect(person.mention).toBe('Delgado');
  });
});

describe('analyseArticle: the subject of a sentence that opens with a name and its appositive', () => {
  it('a verb of stance after the appositive is the name’s, not the appositive’s place', () => {
    const quotations = analyseArticle(
      article('Tom Reyes, 41, of Calder, Ore., dismisses the idea that the levy was fair.'),
    );
    expect(quotations.find((q) => !q.direct)?.speaker).toBe('Tom Reyes');
  });

  it('the mention before a colon keeps the appositive, which is the role', () => {
    const q = quote(
      analyseArticle(
        article('Tom Reyes, technology analyst at Calder Capital, agreed: “The pier stays open.”'),
      ),
      'pier',
    );
    expect(q.speaker).toBe('Tom Reyes');
    expect(q.mention).toBe('Tom Reyes, technology analyst at Calder Capital');
    expect(q.role).toBe('technology analyst at Calder Capital');
  });

  it('a verb of speech inside a relative clause before the cue does not hide the subject', () => {
    const q = quote(
      analyseArticle(
        article('Ann Lee of Harbour Watch, who observed the trial, said: “The pier stays open.”'),
      ),
      'pier',
    );
    expect(q.speaker).toBe('Ann Lee');
  });
});

describe('analyseArticle: people named by what they are', () => {
  it('“said a person close to the mayor” is a role, with its complement', () => {
    const q = quote(
      analyseArticle(article('“The drop is real,” said a person close to the mayor.')),
      'drop',
    );
    expect(q.speaker).toBeNull();
    expect(q.mention).toBe('a person close to the mayor');
    expect(q.role).toBe('a person close to the mayor');
  });

  it('“asked the boy” and “a source familiar with the talks” are roles', () => {
    expect(
      quote(analyseArticle(article('“How big is that wall?” asked the boy.')), 'wall').mention,
    ).toBe('the boy');
    expect(
      quote(
        analyseArticle(article('“The drop is real,” a source familiar with the talks said.')),
        'drop',
      ).mention,
    ).toBe('a source familiar with the talks');
  });
});

describe('analyseArticle: a phrase between dashes before the cue', () => {
  it('a name between dashes after a role is the speaker, with any dash: “--”, “—”', () => {
    for (const dash of ['--', '—']) {
      const quotations = analyseArticle(
        article(
          `A former harbour master ${dash} Tom Reyes, who lost the 2008 vote ${dash} said the mayor “offered no changes to the plan.”`,
        ),
      );
      const q = quote(quotations, 'no changes');
      expect(q.speaker, dash).toBe('Tom Reyes');
      expect(q.role, dash).toBe('A former harbour master');
    }
  });

  it('after a person’s name, the phrase between dashes describes them', () => {
    const q = quote(
      analyseArticle(
        article(
          'Tom Reyes -- a former harbour master -- said the mayor “offered no changes to the plan.”',
        ),
      ),
      'no changes',
    );
    expect(q.speaker).toBe('Tom Reyes');
    expect(q.mention).toBe('Tom Reyes -- a former harbour master');
  });

  it('an aside between dashes after an organisation or a list names no speaker', () => {
    const quotations = analyseArticle(
      article(
        'Four casinos — Harbour Palace, Calder Grand and Pier Royal — reported that “revenue fell by a fifth.”',
      ),
    );
    expect(quote(quotations, 'revenue').speaker).toBeNull();
  });
});

describe('analyseArticle: a verb of speech before its subject, opening the sentence', () => {
  it('“Said Tom Reyes, who …, “…”” and “Stated Reyes:” before a block are Reyes’s', () => {
    const inline = quote(
      analyseArticle(
        article('The pier is old. Said Tom Reyes, who grew up there, “The pier stays open.”'),
      ),
      'pier stays',
    );
    expect(inline.speaker).toBe('Tom Reyes');
    const block = quote(
      analyseArticle(
        article(
          'Tom Reyes runs the pier.',
          'Stated Reyes:',
          '“The pier stays open. We will fight for it to the end, whatever it costs us.”',
        ),
      ),
      'fight for it',
    );
    expect(block.speaker).toBe('Tom Reyes');
  });

  it('a capitalised verb inside a headline is no cue', () => {
    const headline = analyseArticle(article('Mayor Says Pier Stays Open: “We Fight On”'));
    expect(headline.every((q) => q.cue !== 'Says')).toBe(true);
  });
});

describe('analyseArticle: an aside between dashes inside a prepositional phrase', () => {
  it('“during the period of the Harbour War--including Tom Reyes himself--backed” names no war', () => {
    const reported = analyseArticle(
      article(
        'In fact, dockers during the period of the Harbour War--including Tom Reyes himself--backed the strike, because the strike was “the only way to win.”',
      ),
    ).filter((q) => !q.direct);
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((q) => q.speaker !== 'Harbour War')).toBe(true);
  });
});

describe('analyseArticle: after a cue, an article and a noun name the speaker by what they are', () => {
  it('“said the pilot, who …” is a role, and the next bare quotation is the pilot’s too', () => {
    const quotations = analyseArticle(
      article(
        '“It is hard to come back to work,” said the pilot, who works for another firm. “We cope with it every day.”',
      ),
    );
    expect(quote(quotations, 'come back').mention).toBe('the pilot');
    expect(quote(quotations, 'every day').mention).toBe('the pilot');
  });

  it('a phrase of time after the cue names no one', () => {
    const q = quote(
      analyseArticle(article('“It is hard to come back to work,” said the next day.')),
      'come back',
    );
    expect(q.mention).toBeNull();
  });
});

describe('analyseArticle: review of this stop’s rules', () => {
  it('a verb of speech opening a paragraph with nothing before it does not crash', () => {
    expect(() => analyseArticle(article('saying said host', 'host said saying'))).not.toThrow();
  });

  it('an anonymous source attached to a person by a preposition is not that person', () => {
    const q = quote(
      analyseArticle(
        article(
          'A former aide to Tom Reyes, who asked not to be named, said the plan “failed badly in the end.”',
        ),
      ),
      'failed badly',
    );
    expect(q.speaker).toBeNull();
    expect(q.role).toBe('A former aide to Tom Reyes, who asked not to be named');
  });

  it('two subjects joined by “and” before an aside between dashes are no one speaker', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado and Okonkwo -- both Democrats -- said the bill was “flawed from the start.”',
      ),
    );
    expect(quote(quotations, 'flawed').speaker).toBeNull();
  });

  it('a relative clause between dashes is no role', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          'Okonkwo -- who, in 2010, ran for mayor -- said it would “pass in the end.”',
        ),
      ),
      'pass in the end',
    );
    expect(q.speaker).toBe('Paul Okonkwo');
    expect(q.role).toBeNull();
  });
});

describe('analyseArticle: a name after “to” before the cue', () => {
  it('“A person close to Okonkwo said” is a role and “Aides to Okonkwo say” not Okonkwo', () => {
    const close = quote(
      analyseArticle(
        article(INTRO, 'A person close to Okonkwo said he would “run again next year.”'),
      ),
      'run again',
    );
    expect(close.speaker).toBeNull();
    expect(close.role).toBe('A person close to Okonkwo');
    const aides = analyseArticle(
      article(INTRO, 'Aides to Okonkwo say he would “run again next year.”'),
    );
    expect(aides.every((q) => q.speaker !== 'Paul Okonkwo')).toBe(true);
  });
});

describe('analyseArticle: a participle phrase between the subject and its cue', () => {
  it.each([
    'Sen. Paul Okonkwo (D-Ill.), noting the size of the crowd, said, “The port stays open.”',
    'Okonkwo, asked about the strike, said, “The port stays open.”',
    'The issue came up after Mr. Okonkwo, asked about the strike by Mayor Delgado, had said, “The port stays open.”',
  ])('the subject speaks, and the phrase is no role: %s', (sentence) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'port stays open');
    expect(q.speaker).toBe('Paul Okonkwo');
    expect(q.role === null || !/noting|asked/.test(q.role)).toBe(true);
  });

  it('a name after "after" with no finite verb of its own is still no subject', () => {
    const quotations = analyseArticle(
      article(INTRO, 'A day after Okonkwo, the mayor, praising the plan, said “it is sound.”'),
    );
    expect(quotations.every((q) => q.speaker !== 'Paul Okonkwo')).toBe(true);
  });

  it('a courtesy title is no role, but the words before it are', () => {
    const carson = quote(
      analyseArticle(
        article('Retired neurosurgeon Dr. Ben Carson said, “We will win this thing today.”'),
      ),
      'win this thing',
    );
    expect(carson.role).toBe('Retired neurosurgeon');
    const trump = quote(
      analyseArticle(
        article(
          'The issue had come up after Mr. Okonkwo, asked about it, had said, “We will win.”',
        ),
      ),
      'We will win',
    );
    expect(trump.role).toBeNull();
  });
});

describe('analyseArticle: quotations before one closing attribution', () => {
  it.each([
    [
      'Guns are “the ultimate public health crisis” and “stunt children’s growth,” Okonkwo said.',
      ['the ultimate public health crisis', 'stunt children’s growth'],
    ],
    [
      'The vote will carry “a great deal of weight” and bring the “grass-roots firepower” they need to win, Okonkwo said.',
      ['a great deal of weight', 'grass-roots firepower'],
    ],
  ])('every quotation before the cue shares it: %s', (sentence, pieces) => {
    const quotations = analyseArticle(article(INTRO, sentence));
    for (const piece of pieces) expect(quote(quotations, piece).speaker).toBe('Paul Okonkwo');
  });

  it('a cue between two quotations attributes the first', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'It is “a fine plan to start,” Okonkwo said of the bill, and “a weak plan to finish,” Delgado said.',
      ),
    );
    expect(quote(quotations, 'fine plan').speaker).toBe('Paul Okonkwo');
  });

  it.each([
    'The vote will carry “a great deal of weight” in the state, Okonkwo said.',
    'The vote will carry “a great deal of weight” they need to win, Okonkwo said.',
  ])('words that go on with the sentence are no part of the mention: %s', (sentence) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'great deal');
    expect(q.speaker).toBe('Paul Okonkwo');
    expect(q.mention).toBe('Okonkwo');
  });

  it('“as X said” after a quotation is X’s', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          'The race “is a dead heat right now,” as Okonkwo said on the radio on Monday.',
        ),
      ),
      'dead heat',
    );
    expect(q.speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a subject with a home, a verb that needs "that", and a semicolon', () => {
  it('the subject of a participle may have a home after an opening phrase', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          'At a rally in Salem, Ore., on Tuesday, Senator Paul Okonkwo of Ruritania endorsed Delgado, saying that she would “make an outstanding mayor.”',
        ),
      ),
      'outstanding mayor',
    );
    expect(q.speaker).toBe('Paul Okonkwo');
  });

  it('"responding that" reports what follows, away from the quotation', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          'Okonkwo refused to discuss the strike, responding that he is “not going to go into what my campaign is doing.”',
        ),
      ),
      'not going to go',
    );
    expect(q.speaker).toBe('Paul Okonkwo');
  });

  it('a reported clause ends at a semicolon', () => {
    const reported = analyseArticle(
      article(INTRO, 'Okonkwo said the port has more ships; the harbour board counts 585 of them.'),
    ).filter((q) => !q.direct);
    expect(reported.map((q) => q.text)).toEqual(['the port has more ships']);
  });
});

describe('analyseArticle: a quotation opening a sentence after a reported clause', () => {
  it('continues the reported speaker though words follow it in its sentence', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo argues that the crews were never told of the plan. “The board is saying that the rosters we drew up together last spring” were the cause of the strike.',
      ),
    );
    expect(quote(quotations, 'rosters we drew up').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a short quotation opening a sentence after a reported clause', () => {
  it('is no words of the reported speaker when the sentence goes on', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo said the campaign was over. “Keep Calder Working Hard” became the slogan of his rival.',
      ),
    );
    expect(quotations.every((q) => q.speaker !== 'Paul Okonkwo' || !q.direct)).toBe(true);
  });
});

describe('analyseArticle: a title in marks inside an appositive', () => {
  it.each([
    [
      '“The port will stay open,” said Paul Okonkwo, the author of “Tides of the Calder Sound,” on Monday.',
      'Tides of the Calder Sound',
    ],
    [
      '“The port will stay open,” Paul Okonkwo, the author of “Tides of the Calder Sound,” said.',
      'Tides of the Calder Sound',
    ],
    [
      'Paul Okonkwo, the author of “Tides of the Calder Sound,” said, “The port will stay open.”',
      'Tides of the Calder Sound',
    ],
    [
      "''The port will stay open,'' said Paul Okonkwo, a co-author of ''Tides of the Calder Sound: A History of the Harbour.''",
      'A History of the Harbour',
    ],
    [
      '“The port will stay open,” said Paul Okonkwo, a harbour pilot with a Ph.D. from the Calder Institute.',
      'Ph.D. from the Calder Institute',
    ],
  ])('belongs to the mention, and the name speaks: %s', (sentence, title) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'port will stay open');
    expect(q.speaker).toBe('Paul Okonkwo');
    expect(q.mention).toContain(title);
  });
});

describe('analyseArticle: a past verb, then the name that ends the sentence, after a quotation', () => {
  it('names the speaker whatever the verb', () => {
    const q = quote(
      analyseArticle(article(INTRO, '“What port is he talking about?” sneered Okonkwo.')),
      'What port',
    );
    expect(q.speaker).toBe('Paul Okonkwo');
  });

  it('the name may have a home and an appositive after it', () => {
    const q = quote(
      analyseArticle(
        article(INTRO, '“This is fantastic!” beamed Okonkwo of Ruritania, who came in late.'),
      ),
      'This is fantastic',
    );
    expect(q.speaker).toBe('Paul Okonkwo');
  });

  it('is no attribution when the sentence goes on past the name', () => {
    const quotations = analyseArticle(
      article(INTRO, '“What port is he talking about?” puzzled Okonkwo and his aides for a week.'),
    );
    expect(quotations.every((q) => q.speaker !== 'Paul Okonkwo')).toBe(true);
  });
});

describe('analyseArticle: a home that has a home of its own', () => {
  it('"X of the Y of Z told" is X, and a religious title is no part of the name', () => {
    const q = quote(
      analyseArticle(
        article(
          'Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the AP, “We have suffered the same fate.”',
        ),
      ),
      'suffered the same fate',
    );
    expect(q.speaker).toBe('Aris Shirvanian');
    expect(q.mention).toContain('of the Armenian Patriarchate of Jerusalem');
  });
});

describe('analyseArticle: the source after "according to" with a phrase of its own', () => {
  it.each([
    [
      'According to Paul Okonkwo of the Calder Mercury, the port is “open for business all winter.”',
      'Paul Okonkwo of the Calder Mercury',
      'Paul Okonkwo',
    ],
    [
      'The port is “open for business all winter,” according to a study by economists at Calder University.',
      'a study by economists at Calder University',
      null,
    ],
  ])('the mention runs to the comma or the end: %s', (sentence, mention, speaker) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'open for business');
    expect(q.mention).toBe(mention);
    expect(q.speaker).toBe(speaker);
  });

  it('the mention stops at the source when a clause follows', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          'According to Okonkwo of the council said to be “open for business all winter.”',
        ),
      ),
      'open for business',
    );
    expect(q.mention).not.toContain('said');
  });
});

describe('analyseArticle: a form in "-ing" after an article and before punctuation is a noun', () => {
  it('"tweeted a warning." introduces the quotation after it', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          'Okonkwo tweeted a warning. “Remember in November who voted to close the port.”',
        ),
      ),
      'Remember in November',
    );
    expect(q.speaker).toBe('Paul Okonkwo');
    expect(q.cue).toBe('tweeted');
  });
});

describe('analyseArticle: review of this stop’s rules', () => {
  it('"Bishop" is a surname too, no title', () => {
    const q = quote(
      analyseArticle(
        article(
          'Julie Bishop, the foreign minister, spoke.',
          'Bishop told reporters, “The talks have failed completely.”',
        ),
      ),
      'talks have failed',
    );
    expect(q.speaker).toBe('Julie Bishop');
  });

  it('a verb that acts on the name after a quotation is no verb of saying', () => {
    const quotations = analyseArticle(
      article(INTRO, '“Lock the gates, lock the gates, lock the gates!” angered Okonkwo.'),
    );
    expect(quotations.every((q) => q.speaker !== 'Paul Okonkwo')).toBe(true);
  });

  it.each([
    'Okonkwo said he loved the book. “The Quick Brown Fox Jumps Over the Lazy Dog and Other Stories of the Calder Sound” was published in 1990.',
    'Okonkwo said he loved the speech. “We will fight on the beaches, we shall fight on the landing grounds” was Churchill’s famous line.',
  ])(
    'a long quotation opening a sentence is not the earlier speaker’s when it is a title or the sentence names another: %s',
    (sentence) => {
      const quotations = analyseArticle(article(INTRO, sentence));
      expect(quotations.filter((q) => q.direct).every((q) => q.speaker === null)).toBe(true);
    },
  );

  it('a quotation that opens its sentence shares a later cue only across "and" or "or"', () => {
    const quotations = analyseArticle(
      article(
        'Bob Smith spoke for an hour.',
        '“We will build the wall and the port will pay for it” was his message, and “it is a lie,” Jane Doe said.',
      ),
    );
    expect(quote(quotations, 'build the wall').speaker).toBeNull();
    expect(quote(quotations, 'it is a lie').speaker).toBe('Jane Doe');
  });

  it('a pronoun and an adverb before the cue are the subject: "he always says"', () => {
    const q = quote(
      analyseArticle(
        article(INTRO, '“We will never give up on the people of this great city,” he always says.'),
      ),
      'never give up',
    );
    expect(q.speaker).toBe('Paul Okonkwo');
  });

  it('a name inside a prepositional phrase, home and all, is no subject', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Supporters of Paul Okonkwo of Ruritania endorsed Delgado on Tuesday, saying “she will be a great mayor.”',
      ),
    );
    expect(quote(quotations, 'great mayor').speaker).not.toBe('Paul Okonkwo');
  });

  it('"according to X in an interview" keeps the mention to the source', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          'The plan is “a disaster for everyone,” according to Okonkwo in an interview on Monday.',
        ),
      ),
      'disaster for everyone',
    );
    expect(q.mention).toBe('Okonkwo');
  });
});

describe('analyseArticle: a role noun with a name after its preposition, before a participle’s verb', () => {
  it('"a spokesman for Okonkwo could only quip" names the spokesman by role, the name in the mention', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          'The scheduling was so odd that a spokesman for Okonkwo could only quip, “I guess the harbour was booked.”',
        ),
      ),
      'harbour was booked',
    );
    expect(q.speaker).toBeNull();
    expect(q.mention).toBe('a spokesman for Okonkwo');
  });
});

describe('analyseArticle: a share of people speaks', () => {
  it.each([
    ['One in five say the plan is no improvement.', 'One in five'],
    ['Nearly nine out of 10 say they will need new skills.', 'Nearly nine out of 10'],
    ['Nearly half say they will need new skills.', 'Nearly half'],
    ['Many people say the plan will fail.', 'Many people'],
  ])('%s', (sentence, mention) => {
    const reported = analyseArticle(article(INTRO, sentence)).filter((q) => !q.direct);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.mention).toBe(mention);
    expect(reported[0]!.speaker).toBeNull();
  });

  it('"the most" is no share', () => {
    const reported = analyseArticle(article(INTRO, 'The most said about it was nothing.'));
    expect(reported).toHaveLength(0);
  });
});

describe('analyseArticle: a verb whose content follows a preposition', () => {
  it.each([
    [
      'Okonkwo called for a temporary ban on night shifts, drawing criticism.',
      'called for',
      'a temporary ban on night shifts',
    ],
    [
      'Okonkwo talked about the harbour’s debts at a town hall.',
      'talked about',
      'the harbour’s debts at a town hall',
    ],
    ['Okonkwo pointed to the crane contract.', 'pointed to', 'the crane contract'],
  ])('%s', (sentence, cue, content) => {
    const reported = analyseArticle(article(INTRO, sentence)).filter((q) => !q.direct);
    expect(reported.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Paul Okonkwo', cue, content],
    ]);
  });

  it('gives no words for the archive to quote', () => {
    expect(givesWords({ direct: false, cue: 'called for' })).toBe(false);
    expect(givesWords({ direct: false, cue: 'said' })).toBe(true);
  });
});

describe('analyseArticle: a plural subject and a base-form cue', () => {
  it.each([
    ['Critics argue that the levy is a “tax on work” for the harbour.', 'Critics'],
    ['His critics argue that the levy is a “tax on work” for the harbour.', 'His critics'],
    [
      'Legal observers note that the levy would not truly “close” the harbour this year.',
      'Legal observers',
    ],
    ['They argue it is a “tax on work” for the harbour.', 'They'],
    ['They argue that the levy is a “tax on work” for the harbour.', 'They'],
  ])('%s', (sentence, mention) => {
    const reported = analyseArticle(article(INTRO, sentence)).filter((q) => !q.direct);
    expect(reported.map((q) => q.mention)).toEqual([mention]);
  });

  it.each([
    'Okonkwo wanted to argue that the levy is a “tax on work” for the harbour.',
    'The note that the levy is a “tax on work” went round the harbour.',
    'The port’s state oil company called the levy a “tax on work” for the harbour.',
    'The administration’s claim it has a “mandate” is bluster.',
  ])('an infinitive or a noun reports nothing: %s', (sentence) => {
    const reported = analyseArticle(article(INTRO, sentence)).filter(
      (q) => !q.direct && ['argue', 'note', 'state', 'claim'].includes(q.cue ?? ''),
    );
    expect(reported).toEqual([]);
  });

  it('a capitalised role noun opening a sentence is no name', () => {
    const reported = analyseArticle(
      article(INTRO, 'Supporters say the levy will keep the harbour open.'),
    ).filter((q) => !q.direct);
    expect(reported.map((q) => [q.speaker, q.mention])).toEqual([[null, 'Supporters']]);
  });
});

describe('analyseArticle: a reported clause ends where a new subject speaks', () => {
  it('“Asked if …, Okonkwo responded: “…”” is a question and an answer', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Asked if he thought the levy went beyond what the harbour could bear, Okonkwo responded: “I guess so.”',
      ),
    );
    expect(quote(quotations, 'I guess so').speaker).toBe('Paul Okonkwo');
    for (const q of quotations.filter((q) => !q.direct)) expect(q.text).not.toMatch(/responded/);
  });

  it('the clause before “, he said” stops at its comma', () => {
    const reported = analyseArticle(
      article(
        INTRO,
        'Delgado said the harbour lost money in the spring, she said, and would close.',
        'Okonkwo said that the levy had doubled the fares, Delgado said in reply.',
      ),
    ).filter((q) => !q.direct && q.paragraph === 3);
    expect(reported.map((q) => [q.speaker, q.text])).toContainEqual([
      'Paul Okonkwo',
      'the levy had doubled the fares',
    ]);
  });
});

describe('analyseArticle: what a cue reports opens with a name or with quoted words', () => {
  it.each([
    [
      'Okonkwo said Harbour Commissioner Rosa Delgado’s “judgment” and “candour” are in question.',
      'Harbour Commissioner Rosa Delgado’s “judgment” and “candour” are in question',
    ],
    [
      'Okonkwo said Mayor Delgado “caused real harm” as head of the port.',
      'Mayor Delgado “caused real harm” as head of the port',
    ],
    [
      'Okonkwo said “it gets me mad” every time he thinks about the levy.',
      '“it gets me mad” every time he thinks about the levy',
    ],
  ])('%s', (sentence, clause) => {
    const reported = analyseArticle(article(INTRO, sentence)).filter((q) => !q.direct);
    expect(reported.map((q) => [q.speaker, q.text])).toEqual([['Paul Okonkwo', clause]]);
  });

  it.each([
    '“The port stays open,” said Harbour Commissioner Rosa Delgado.',
    'Okonkwo said “no” and walked off the stage.',
    'Okonkwo said Monday that the levy would stay.',
  ])('a speaker after the cue, or quoted words and a new verb, open no clause: %s', (sentence) => {
    const reported = analyseArticle(article(INTRO, sentence)).filter(
      (q) => !q.direct && /^(?:Harbour|“no|Monday)/.test(q.text),
    );
    expect(reported).toEqual([]);
  });

  it('a naming verb’s object may be one word: “called it “predatory””', () => {
    const reported = analyseArticle(article(INTRO, 'Delgado called it “predatory.”')).filter(
      (q) => !q.direct,
    );
    expect(reported.map((q) => [q.speaker, q.text])).toEqual([['Rosa Delgado', 'it “predatory.”']]);
  });

  it('an article is no object of its own: “what she calls a “harbour tax””', () => {
    const reported = analyseArticle(
      article(INTRO, 'The levy is what Delgado calls a “harbour tax.”'),
    ).filter((q) => !q.direct);
    expect(reported).toEqual([]);
  });
});

describe('analyseArticle: a reported clause ends before “, and” and a verb of its own', () => {
  it('“…, and telling the crowd that …” is a second attribution', () => {
    const reported = analyseArticle(
      article(
        INTRO,
        'Okonkwo went on television, declaring a “war on fares” against the levy, and telling the crowd that the harbour must stay open.',
      ),
    ).filter((q) => !q.direct);
    expect(reported.map((q) => q.text)).toEqual([
      'a “war on fares” against the levy',
      'the harbour must stay open',
    ]);
  });

  it('“telling … that … and questioning how …”: two participles of speech share the subject', () => {
    const reported = analyseArticle(
      article(
        INTRO,
        'Delgado escalated her criticism on Tuesday, telling the radio that the levy is a “swindle” and questioning how the board has “got away with it for so long.”',
      ),
    ).filter((q) => !q.direct);
    const told = reported.find((q) => q.text.startsWith('the levy'));
    expect([told?.speaker, told?.text]).toEqual(['Rosa Delgado', 'the levy is a “swindle”']);
  });

  it('quoted words closed by a comma end the clause they open', () => {
    const quotations = analyseArticle(
      article(INTRO, 'Nothing the mayor said “will ease the fears,” the senator said on Monday.'),
    );
    expect(quotations.filter((q) => !q.direct)).toEqual([]);
  });
});

describe('analyseArticle: “tell”, its object and a clause without “that”', () => {
  it.each([
    [
      'Okonkwo tells the crowd he was the “first one” to back the levy.',
      'he was the “first one” to back the levy',
    ],
    [
      'Okonkwo told me his support for the levy makes him “more honest” than the rest.',
      'his support for the levy makes him “more honest” than the rest',
    ],
    [
      'Okonkwo told Reuters he would win the “whole thing” in November.',
      'he would win the “whole thing” in November',
    ],
  ])('%s', (sentence, clause) => {
    const reported = analyseArticle(article(INTRO, sentence)).filter((q) => !q.direct);
    expect(reported.map((q) => [q.speaker, q.text])).toEqual([['Paul Okonkwo', clause]]);
  });

  it('an object and no subject after it reports nothing: “told the crowd to go home”', () => {
    const reported = analyseArticle(
      article(INTRO, 'Okonkwo told the crowd to go home and “rest up” for the vote.'),
    ).filter((q) => !q.direct);
    expect(reported).toEqual([]);
  });
});

describe('analyseArticle: verbs of speech with a particle', () => {
  it.each([
    ['“You know, it happens, right?” Okonkwo went on.', 'went on'],
    ['“Don’t forget the ferry,” Okonkwo cut in.', 'cut in'],
    ['“And the buses,” Okonkwo chimed in.', 'chimed in'],
  ])('%s', (sentence, cue) => {
    const q = analyseArticle(article(INTRO, sentence)).find((q) => q.direct);
    expect([q?.speaker, q?.cue]).toEqual(['Paul Okonkwo', cue]);
  });

  it('the particle makes no cue in prose: “The strike went on for weeks.”', () => {
    expect(analyseArticle(article(INTRO, 'The strike went on for weeks.'))).toEqual([]);
  });
});

describe('analyseArticle: a pronoun later in a sentence refers to its subject', () => {
  it('“Delgado went after Okafor at the hearing, when she called the plan “reckless.””', () => {
    const quotations = analyseArticle(
      article(
        'Mayor Maria Delgado and Senator Susan Okafor spoke at the harbour on Monday.',
        '“We will see,” Okafor said.',
        'Delgado went after Okafor at the hearing, when she called her plan “reckless.”',
      ),
    );
    expect(quote(quotations, 'reckless').speaker).toBe('Maria Delgado');
  });

  it('not when the gender does not fit, nor for a name the article has not met', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“We will see,” Okonkwo said.',
        'Delgado went after the plan at the hearing, when he called it “reckless.”',
        'Brand-new Smith went to the hearing, when he called it “a farce.”',
      ),
    );
    expect(quote(quotations, 'reckless').speaker).toBe('Paul Okonkwo');
    expect(quote(quotations, 'a farce').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a surname that is also a modal verb', () => {
  it.each([
    ['Will described the levy as a “caricature of a tax.”', 'caricature'],
    [
      'It was a speech which Will claims affirmed “the harbour’s founding belief.”',
      'founding belief',
    ],
  ])('before any finite verb of speech it is a name: %s', (sentence, phrase) => {
    const quotations = analyseArticle(article('George Will, the columnist, spoke.', sentence));
    expect(quote(quotations, phrase).speaker).toBe('George Will');
  });

  it('before a base form it is the modal: “He will say “no” to the levy.”', () => {
    const quotations = analyseArticle(
      article('George Will, the columnist, spoke.', 'Okonkwo will say “no” to the levy.'),
    );
    expect(quotations.map((q) => q.speaker)).not.toContain('George Will');
  });
});

describe('analyseArticle: a cue between commas after a short opening', () => {
  it('a cue between commas, after a short opening, with a phrase of its own', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'If anything, Okonkwo argued in his email, the vote is an illustration of why the port needs rules.',
        '“In light of this breach, is it prudent to give the chair such power over the harbour?”',
      ),
    );
    expect(quotations.filter((q) => !q.direct).map((q) => [q.speaker, q.text])).toEqual([
      ['Paul Okonkwo', 'the vote is an illustration of why the port needs rules'],
    ]);
    expect(quote(quotations, 'prudent').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: review of the session’s reported-speech rules', () => {
  const reportedOf = (...paragraphs: string[]) =>
    analyseArticle(article(INTRO, ...paragraphs)).filter((q) => !q.direct);

  it('a capitalised plural role noun opening a sentence still speaks through a participle', () => {
    expect(
      reportedOf(
        'Workers walked off the job on Monday, saying they had not been paid in weeks.',
      ).map((q) => [q.mention, q.text]),
    ).toEqual([['Workers', 'they had not been paid in weeks']]);
  });

  it('and is no “he” or “she” later', () => {
    const quotations = analyseArticle(
      article(
        'Critics argue that the levy is a “tax on work” for the harbour.',
        'He mentioned the harbour’s “basket of debts” at the hearing.',
      ),
    );
    expect(quotations.map((q) => q.speaker)).not.toContain('Critics');
  });

  it.each([
    'He repeated the dubious claim that the levy causes harm.',
    'The harbour is the most populous state that Okonkwo won in 2016.',
    'Their analysis did not mention the credible studies that show harm.',
    'In the police report she filed, the woman was “terrified.”',
    'As they recall the distraction of the levy, the workers shrug.',
  ])('a word ending in “s” before a base form is no plural subject: %s', (sentence) => {
    expect(reportedOf(sentence).map((q) => q.cue)).not.toContainEqual(
      expect.stringMatching(/^(?:claim|state|mention|report|recall)$/),
    );
  });

  it.each([
    [
      'Prosecutors said that in 2015, Okonkwo told an associate he planned to leave the harbour.',
      'in 2015, Okonkwo told an associate he planned to leave the harbour',
    ],
    [
      'The company said although the levy will reduce its capital, it believes the harbour will not close.',
      'although the levy will reduce its capital, it believes the harbour will not close',
    ],
  ])('an opening phrase before a new subject does not end the clause: %s', (sentence, clause) => {
    expect(reportedOf(sentence).map((q) => q.text)).toContain(clause);
  });

  it.each([
    'Okonkwo said “no” to the levy on Tuesday.',
    'Okonkwo wrote “The Harbour Book” in 1987.',
    'Okonkwo shouted “Stop the levy” before the vote, witnesses said.',
  ])('a quoted word, title or cry after the cue opens no clause: %s', (sentence) => {
    expect(reportedOf(sentence).filter((q) => q.mention === 'Okonkwo')).toEqual([]);
  });

  it.each([
    'Delgado regularly tells the story of how he won the harbour.',
    'Okonkwo told his closest advisers as he labored over the speech that it mattered.',
    'Okonkwo told the same story he told at every stop.',
    'Delgado told me her story over coffee in the harbour.',
  ])('“tell” and an object that is no addressee of a clause: %s', (sentence) => {
    const texts = reportedOf(sentence).map((q) => q.text);
    expect(texts.filter((t) => /^(?:he (?:won|labored|told)|her story)/.test(t))).toEqual([]);
  });

  it('a naming verb’s “that” is a determiner, and an adverb no object', () => {
    expect(
      reportedOf('Okonkwo called that vision “a necessary one for the city.”').map((q) => q.text),
    ).toEqual(['that vision “a necessary one for the city.”']);
    expect(reportedOf('Okonkwo called back “within minutes.”')).toEqual([]);
  });

  it('a verb with an object opens no described clause: “mentioned Rosa Delgado’s “harbour tax” remark”', () => {
    expect(reportedOf('Okonkwo mentioned Rosa Delgado’s “harbour tax” remark.')).toEqual([]);
  });
});

describe('analyseArticle: a particle makes a cue only where its clause ends', () => {
  it('“went on a 15-day strike … with its slogan “…”” names no speaker', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Five years ago, the dockers went on a 15-day strike that won support with its slogan “Part-time harbours don’t work!”',
      ),
    );
    expect(quote(quotations, 'Part-time').cue).toBeNull();
  });
});

describe('analyseArticle: an inverted cue after an opening conjunction', () => {
  it.each(['But, said Okonkwo, “the levy stays.”', 'And said Okonkwo: “The levy stays.”'])(
    '%s',
    (sentence) => {
      expect(quote(analyseArticle(article(INTRO, sentence)), 'levy stays').speaker).toBe(
        'Paul Okonkwo',
      );
    },
  );
});

describe('analyseArticle: a title word that is also a surname', () => {
  it('“Green said” after “Jim Green” is Jim Green', () => {
    const quotations = analyseArticle(
      article('Jim Green, a docker, spoke.', '“The levy is too high,” Green said.'),
    );
    expect(quote(quotations, 'levy is too high').speaker).toBe('Jim Green');
  });

  it('“the Green Party said” keeps its title word', () => {
    const quotations = analyseArticle(
      article('Jim Green, a docker, spoke.', '“The levy is too high,” the Green Party said.'),
    );
    expect(quote(quotations, 'levy is too high').speaker).not.toBe('Jim Green');
  });
});

describe('analyseArticle: a restrictive relative clause between a subject and its cue', () => {
  it('“a harbour official who spoke anonymously to discuss the plan said Wednesday, “…””', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          'A harbour official who spoke anonymously to discuss the plan said Wednesday, “Certainly there are talks.”',
        ),
      ),
      'Certainly there are talks',
    );
    expect(q.mention).toBe('A harbour official');
  });

  it('a relative clause with its own subject keeps it: “The man who Okonkwo said “ruined the port” left town.”', () => {
    const quotations = analyseArticle(
      article(INTRO, 'The man who Okonkwo said “ruined the port” left town.'),
    );
    expect(quote(quotations, 'ruined the port').speaker).toBe('Paul Okonkwo');
    expect(quotations.filter((q) => !q.direct)).toEqual([]);
  });
});

describe('analyseArticle: second review of the session’s rules', () => {
  const reportedOf = (...paragraphs: string[]) =>
    analyseArticle(article(INTRO, ...paragraphs)).filter((q) => !q.direct);

  it('an infinitive before “, X said” is a clause of its own, and ends there', () => {
    const texts = reportedOf(
      'Okonkwo plans to remain on the board if the harbour makes a profit, Delgado said.',
    ).map((q) => [q.speaker, q.text]);
    expect(texts).toContainEqual([
      'Rosa Delgado',
      'Okonkwo plans to remain on the board if the harbour makes a profit',
    ]);
    // The stance of "plans" ends before Delgado's cue.
    expect(texts).toContainEqual([
      'Paul Okonkwo',
      'to remain on the board if the harbour makes a profit',
    ]);
  });

  it.each([
    'A senior official, who asked to remain anonymous, told Reuters the levy failed.',
    'Okonkwo tweeted about the ruling, calling it a “farce.”',
  ])('an infinitive or a participle after the comma is no aside: %s', (sentence) => {
    expect(reportedOf(sentence).map((q) => q.text)).not.toContainEqual(
      expect.stringMatching(/^(?:told Reuters|calling)/),
    );
  });

  it('a plural noun after the name is no verb: “Okonkwo supporters booed …, and she …”', () => {
    const quotations = analyseArticle(
      article(
        'Mayor Maria Delgado and Senator Susan Okafor spoke at the harbour on Monday.',
        '“We will see,” Delgado said.',
        'Okafor supporters booed the plan at the rally, when she called it “a farce.”',
      ),
    );
    expect(quote(quotations, 'a farce').speaker).toBe('Maria Delgado');
  });

  it('a later name of the same gender leaves the pronoun to the nearest speaker', () => {
    const quotations = analyseArticle(
      article(
        'Mayor Maria Delgado and Senator Susan Okafor spoke at the harbour on Monday.',
        '“We will see,” Okafor said.',
        'Delgado mocked the plan, and Okafor hit back, when she called it “a farce.”',
      ),
    );
    expect(quote(quotations, 'a farce').speaker).toBe('Susan Okafor');
  });

  it.each([
    ['Okonkwo went on “Harbour Live!” to talk about the levy.', 'Harbour Live'],
    ['As the night went on, “We are not leaving,” one docker said.', 'not leaving'],
  ])('“went on” with an object or in a clause of time is no cue: %s', (sentence, phrase) => {
    const found = analyseArticle(article(INTRO, sentence)).filter((q) => q.text.includes(phrase));
    expect(found.map((q) => q.cue)).not.toContain('went on');
  });

  it('quoted words with a verb of their own open a clause before a preposition', () => {
    expect(
      reportedOf('Okonkwo said “there is hope” in the harbour tonight.').map((q) => q.text),
    ).toEqual(['“there is hope” in the harbour tonight']);
  });

  it('a plural role opening a sentence is no “she” later', () => {
    const quotations = analyseArticle(
      article(
        'Critics say the levy is a “tax on work” for the harbour.',
        'She called it “a farce.”',
      ),
    );
    expect(quotations.map((q) => q.speaker)).not.toContain('Critics');
  });
});

describe('analyseArticle: parties speak as bodies of people', () => {
  it('“Republicans argue that …” reports, and “Republicans” is no “he” later', () => {
    const quotations = analyseArticle(
      article(
        'Republicans argue that the levy is a “tax on work” for the harbour.',
        'He called it “a farce.”',
      ),
    );
    expect(quotations.filter((q) => !q.direct).map((q) => [q.mention, q.cue])).toContainEqual([
      'Republicans',
      'argue',
    ]);
    expect(quotations.map((q) => q.speaker)).not.toContain('Republicans');
  });
});

describe('analyseArticle: an inverted cue between commas before a quotation', () => {
  it.each([
    'In the end, said Okonkwo, “there is no levy we can live with.”',
    'The plan, said Okonkwo, “is no levy we can live with.”',
    'Because of how the council drew up the plan, explained Okonkwo, “there is no levy we can live with.”',
    'Moreover, said Okonkwo, a senator since 2010, “there is no levy we can live with.”',
  ])('%s gives the quotation to the name after the cue', (sentence) => {
    const quotations = analyseArticle(article(INTRO, sentence));
    expect(quote(quotations, 'no levy').speaker).toBe('Paul Okonkwo');
    // The words before the cue are no clause it reports: the quotation is what was said.
    expect(quotations.filter((q) => !q.direct)).toEqual([]);
  });

  it.each([
    ['the senator', 'the senator'],
    ['he', 'he'],
  ])('“In the end, said %s, “…”” resolves the role or pronoun', (who, mention) => {
    const found = quote(
      analyseArticle(
        article(INTRO, `In the end, said ${who}, “there is no levy we can live with.”`),
      ),
      'no levy',
    );
    expect([found.speaker, found.mention]).toEqual(['Paul Okonkwo', mention]);
  });

  it('a closing “…, said Okonkwo.” still reports the clause before it', () => {
    const quotations = analyseArticle(
      article(INTRO, 'The levy would cost every docker a week’s pay, said Okonkwo.'),
    );
    expect(quotations.map((q) => [q.direct, q.speaker, q.text])).toEqual([
      [false, 'Paul Okonkwo', 'The levy would cost every docker a week’s pay'],
    ]);
  });

  it('the name after “told” is the one told, not the speaker', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Jim Reyes, who was listed on the harbour slate, told Okonkwo, “Of the three, I like the ferry best.”',
      ),
    );
    expect(quote(quotations, 'ferry best').speaker).toBe('Jim Reyes');
  });
});

describe('analyseArticle: a short quotation in a later sentence of its own', () => {
  it('is a scare quote, not the last speaker’s words', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'The levy, Okonkwo writes, “has been hurting every docker in the harbour.” So far, Mayor Delgado is the only one to offer “relief” to the dockers.',
      ),
    );
    expect(quote(quotations, 'hurting every docker').speaker).toBe('Paul Okonkwo');
    expect(quotations.filter((q) => q.direct && q.text.includes('relief'))).toEqual([]);
  });

  it('standing alone, it goes on in the last speaker’s words', () => {
    const quotations = analyseArticle(
      article(INTRO, '“The levy has been hurting every docker,” Okonkwo said. “Never again!”'),
    );
    expect(quote(quotations, 'Never again').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a subject set off from its cue by an aside or a stray comma', () => {
  it('“The two lawmakers, however, argue that “…”” is the lawmakers’', () => {
    const quotations = analyseArticle(
      article(INTRO, 'The two lawmakers, however, argue that “the levy is a tax on work.”'),
    );
    expect(quote(quotations, 'tax on work').mention).toMatch(/^The two lawmakers/);
  });

  it('“Others, however, say …” reports the clause', () => {
    const quotations = analyseArticle(
      article(INTRO, 'Others, however, say a new levy is overdue.'),
    );
    expect(quotations.filter((q) => !q.direct).map((q) => q.text)).toEqual([
      'a new levy is overdue',
    ]);
  });

  it('“Sen. Paul Okonkwo (D-Ore.), said …” keeps the party tag with the name', () => {
    const quotations = analyseArticle(
      article('Sen. Paul Okonkwo (D-Ore.), said that the plan was a “starting point for talks.”'),
    );
    expect(quote(quotations, 'starting point').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: review of the inverted cue and the short-quotation rule', () => {
  it('a naming verb’s name after a comma is the one named, not a speaker', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Jim Reyes stood up, called Delgado, “a coward who hides behind her staff,” and walked out.',
      ),
    );
    expect(quote(quotations, 'a coward').speaker).not.toBe('Rosa Delgado');
  });

  it('a clause of its own before “…, said Okonkwo, “and …”” is still reported', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'The council will vote on the budget next week, said Okonkwo, “and we expect to win that vote.”',
      ),
    );
    expect(quote(quotations, 'expect to win').speaker).toBe('Paul Okonkwo');
    expect(quotations.filter((q) => !q.direct).map((q) => [q.speaker, q.text])).toEqual([
      ['Paul Okonkwo', 'The council will vote on the budget next week'],
    ]);
  });

  it.each([
    '“I will not resign,” Okonkwo said. Then, quietly: “Not today.”',
    '“I will not resign,” Okonkwo said. And again “Not today!”',
  ])('a short utterance after a colon, or an exclamation, goes on: %s', (paragraph) => {
    expect(quote(analyseArticle(article(INTRO, paragraph)), 'Not today').speaker).toBe(
      'Paul Okonkwo',
    );
  });
});

describe('analyseArticle: an inverted phrasal cue', () => {
  it.each(['shot back', 'pointed out'])(
    '“…,” %s Joe Smith: the particle is no part of the mention',
    (cue) => {
      const found = quote(
        analyseArticle(article(`“We will win,” ${cue} Joe Smith.`)),
        'We will win',
      );
      expect([found.speaker, found.mention, found.role]).toEqual(['Joe Smith', 'Joe Smith', null]);
    },
  );
});

describe('analyseArticle: verbs of the manner of speaking', () => {
  it('introduce the quotation beside them, before or after it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“The ferry is a luxury we cannot afford,” sniffed Delgado. “Let them take the bus.”',
        'Okonkwo fumed, “This council has never once listened to the dockers.”',
        '“Imagine a harbour with no ferry at all,” mused Ada Quint, a docker.',
        'The dockers are angry. “Nobody rides that ferry after dark,” sniffed the mayor’s spokesman, Ed Park.',
      ),
    );
    expect(quote(quotations, 'luxury we cannot').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'take the bus').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'never once listened').speaker).toBe('Paul Okonkwo');
    expect(quote(quotations, 'no ferry at all').speaker).toBe('Ada Quint');
    expect(quote(quotations, 'after dark').speaker).toBe('Ed Park');
  });

  it('report a clause only after "that" and a subject', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado fumed that the council had sold the ferry without a vote.',
        'The mayor sniffed a chance to be rid of the ferry for good.',
        'Praise gushed forth from the dockers at the news.',
      ),
    );
    const reported = quotations.filter((q) => !q.direct);
    expect(reported.map((q) => q.text)).toEqual(['the council had sold the ferry without a vote']);
    expect(reported[0]!.speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: what does not introduce the quotation after it', () => {
  it('a cue inside an aside that closes before the quotation gives way to the cue after it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'If the ferry is sold — as the dockers fear, though Delgado strongly denies — “who will carry the night shift home?” asked Okonkwo, the harbour’s senator.',
      ),
    );
    expect(quote(quotations, 'night shift home').speaker).toBe('Paul Okonkwo');
  });

  it('but an aside with no cue after the quotation still introduces it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'The plan works by — as Delgado put it — “turning the dockers against the crews of the ferry.”',
      ),
    );
    expect(quote(quotations, 'turning the dockers').speaker).toBe('Rosa Delgado');
  });

  it('a name after "to" before a colon is the one addressed, not the speaker', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Okonkwo delivered a blunt message to Delgado: “Keep the ferry running or lose the harbour vote.”',
        'The dockers quoted a line by Ada Quint: “The sea does not wait for the council to make up its mind.”',
      ),
    );
    expect(quote(quotations, 'Keep the ferry').speaker).not.toBe('Rosa Delgado');
    // "over to" hands the floor to the name: "Then it was over to Delgado: “…”".
    const handed = analyseArticle(
      article(
        INTRO,
        'Then it was over to Delgado: “Thank you all for coming out on a cold night.”',
      ),
    );
    expect(quote(handed, 'Thank you all').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'sea does not wait').speaker).toBe('Ada Quint');
  });

  it('a number is no verb of a sentence that frames a quotation', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'As many as 5,000 dockers rallied at the Supreme Court on April 1 to send a message to George W. Bush: “We will not give up the ferry without a fight.”',
      ),
    );
    expect(quotations.filter((q) => !q.direct)).toEqual([]);
    expect(quote(quotations, 'give up the ferry').speaker).toBeNull();
  });

  it('no past form follows an article: "told the crowed" is a misspelt noun', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'As Okonkwo told the crowed, “If the council believes in the harbour, it should keep the ferry.”',
      ),
    );
    expect(quote(quotations, 'believes in the harbour').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: a name in apposition right after a role after the cue', () => {
  it('is the speaker, though the sentence ends with it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“Nobody rides that ferry after dark,” said the campaign’s spokesman, Ed Park.',
      ),
    );
    expect(quote(quotations, 'after dark').speaker).toBe('Ed Park');
  });

  it('but a plural role names no one person', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'According to union sources, Harbour Freight, which owns the pier, will sell the “last ferry in the state.”',
      ),
    );
    const reported = quotations.find((q) => !q.direct && q.cue === 'according to');
    expect(reported?.speaker ?? null).not.toBe('Harbour Freight');
  });
});

describe('analyseArticle: a closing cue with a phrase of time, place or manner after it', () => {
  it('still reports the clause before it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'The council had never once asked the dockers about the ferry, Delgado said on Monday.',
        'The vote would be held again in the spring, Okonkwo said in an interview with the paper.',
        'Nobody from the council had come to the pier, Delgado said as she left the hall.',
      ),
    );
    const reported = quotations.filter((q) => !q.direct);
    expect(reported.map((q) => [q.text, q.speaker])).toEqual([
      ['The council had never once asked the dockers about the ferry', 'Rosa Delgado'],
      ['The vote would be held again in the spring', 'Paul Okonkwo'],
      ['Nobody from the council had come to the pier', 'Rosa Delgado'],
    ]);
  });

  it('but not a verb’s own complement or a passive', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Throughout her career, Delgado insisted on the importance of the ferry.',
        'The harbour could feed the whole city, but this hope is denied at every turn by the council.',
      ),
    );
    expect(quotations.filter((q) => !q.direct)).toEqual([]);
  });
});

describe('analyseArticle: a short quotation right after a verb of speech and a comma or colon', () => {
  it('is words spoken, not a scare quote', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Asked what the new ferry was like, one docker replied, “It is useless.”',
        'The senator emailed supporters saying: “The struggle continues” and vowed to fight on.',
      ),
    );
    expect(quote(quotations, 'It is useless').mention).toBe('one docker');
    expect(quote(quotations, 'struggle continues').cue).toBe('saying');
  });

  it('but words after the marks make it a name', () => {
    const quotations = analyseArticle(
      article(INTRO, 'One docker wrote, “Harbour Lights” is overrated, on a placard.'),
    );
    expect(quotations.filter((q) => q.direct)).toEqual([]);
  });

  it('but a naming verb before it gives a name', () => {
    const quotations = analyseArticle(
      article(INTRO, 'The dockers called the plan, “Ferry Folly” and voted against it.'),
    );
    expect(quotations.filter((q) => q.direct && q.text.includes('Folly'))).toEqual([]);
  });
});

describe('analyseArticle: two people who speak together', () => {
  const people =
    'Rosa Delgado and Paul Okonkwo spoke at the harbour. Ada Quint and Tom Reyes were there too.';

  it('are both named in the mention, wherever the cue stands', () => {
    const quotations = analyseArticle(
      article(
        people,
        '“The ferry must stay,” Delgado and Okonkwo said in a statement.',
        '“We will fight for it,” said Ada Quint and Tom Reyes.',
        'Quint and Reyes wrote: “Nobody asked the dockers about the plan.”',
      ),
    );
    expect(quote(quotations, 'must stay').mention).toBe('Delgado and Okonkwo');
    expect(quote(quotations, 'must stay').speaker).toBe('Paul Okonkwo');
    expect(quote(quotations, 'fight for it').mention).toBe('Ada Quint and Tom Reyes');
    expect(quote(quotations, 'Nobody asked').mention).toBe('Quint and Reyes');
  });

  it('are both named when a role stands before the first, and an appositive after both', () => {
    const quotations = analyseArticle(
      article(
        people,
        '“The ferry must stay,” harbour board chair Rosa Delgado and Senator Paul Okonkwo, both Democrats, said in a statement.',
      ),
    );
    expect(quote(quotations, 'must stay').mention).toBe(
      'harbour board chair Rosa Delgado and Senator Paul Okonkwo, both Democrats',
    );
    expect(quote(quotations, 'must stay').speaker).toBe('Paul Okonkwo');
  });

  it('but a union’s name with "and" in it is no pair of people', () => {
    const quotations = analyseArticle(
      article(
        people,
        '“This is what solidarity looks like,” a member of the International Longshore and Warehouse Union told the crowd.',
      ),
    );
    expect(quote(quotations, 'solidarity looks like').speaker).not.toBe('Warehouse Union');
  });
});

describe('analyseArticle: a role "known as" a name', () => {
  it('names the speaker', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“There never was an order to stop the ferry,” said the harbour master known as Big Joe.',
      ),
    );
    expect(quote(quotations, 'never was an order').speaker).toBe('Big Joe');
  });
});

describe('analyseArticle: a publication named before its noun', () => {
  it('is the speaker: "Time magazine reported"', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“The harbour has never been busier,” Harbour Weekly magazine reported.',
        'A leading French newspaper reported that the ferry would be sold.',
      ),
    );
    expect(quote(quotations, 'never been busier').speaker).toBe('Harbour Weekly');
    const reported = quotations.find((q) => !q.direct && q.text.includes('ferry would be sold'));
    expect(reported?.speaker).toBeNull();
  });
});

describe('analyseArticle: review of the session’s rules', () => {
  const intro = 'Mayor Rosa Delgado and Senator Paul Okonkwo met President Donald Trump on Monday.';

  it('a time after a closing cue that goes on with a clause closes nothing', () => {
    const quotations = analyseArticle(
      article(
        intro,
        'Back in Chicago, Delgado said Tuesday the city would appeal.',
        'Two weeks later, Delgado said in a statement the city would appeal.',
        'Standing beside her, Okonkwo said today he would run again.',
      ),
    );
    const texts = quotations.filter((q) => !q.direct).map((q) => q.text);
    expect(texts).not.toContain('Back in Chicago');
    expect(texts).not.toContain('Two weeks later');
    expect(texts).not.toContain('Standing beside her');
  });

  it('a document before a comma and a name is no role in apposition', () => {
    const quotations = analyseArticle(
      article(
        intro,
        'According to the indictment, Okonkwo, who chaired the committee, accepted $50,000 in bribes.',
      ),
    );
    expect(quotations.find((q) => q.cue === 'according to')?.mention).toBe('the indictment');
  });

  it('"had" frames words only when its object is words, and a colon leaves no clause', () => {
    const quotations = analyseArticle(
      article(
        intro,
        'Delgado had harsh words for Okonkwo: “He has never held a job outside politics.”',
        'Okonkwo has a message for Trump: “You will not divide this city or its harbour.”',
        'The city has a long history of acting as the region’s “harbour master.”',
      ),
    );
    expect(quote(quotations, 'never held a job').speaker).toBe('Rosa Delgado');
    expect(quote(quotations, 'never held a job').cue).toBe('had');
    expect(quote(quotations, 'not divide this city').speaker).toBe('Paul Okonkwo');
    expect(quotations.filter((q) => !q.direct)).toEqual([]);
  });

  it('dashes pair up: a cue between two asides still introduces the quotation', () => {
    const quotations = analyseArticle(
      article(
        intro,
        'Okonkwo – the only Democrat on the panel – warned that the bill – if passed – would “gut the protections workers fought for,” according to a transcript seen by the Guardian.',
      ),
    );
    expect(quote(quotations, 'gut the protections').speaker).toBe('Paul Okonkwo');
  });

  it('a verb of manner before a preposition takes a topic, not words', () => {
    const quotations = analyseArticle(
      article(intro, 'Okonkwo gushed about “Hamilton” and its cast.'),
    );
    expect(quotations.filter((q) => q.direct)).toEqual([]);
  });

  it('a name after a verb is its object, not a second speaker', () => {
    const quotations = analyseArticle(
      article(intro, 'Trump attacked Delgado and Okonkwo said the attacks were racist.'),
    );
    const said = quotations.find((q) => q.cue === 'said');
    expect(said?.mention).toBe('Okonkwo');
  });
});

describe('analyseArticle: a conjunction is no framing verb', () => {
  it('"Delgado and the council agreed …" frames nothing with the cue "and"', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado and the council agreed last year to “sell the ferry to the highest bidder.”',
      ),
    );
    expect(quotations.filter((q) => q.cue === 'and')).toEqual([]);
  });
});

describe('analyseArticle: a name with two particles', () => {
  it('keeps them all: "Ursula von der Leyen", "Fernando de la Rúa"', () => {
    const quotations = analyseArticle(
      article(
        'The summit opened on Monday.',
        '“We are ready for the harbour vote,” said Ursula von der Leyen.',
        'President Fernando de la Rúa spoke later.',
        '“The cuts are necessary to avoid a default,” de la Rúa said.',
      ),
    );
    expect(quote(quotations, 'ready for the harbour').speaker).toBe('Ursula von der Leyen');
    expect(quote(quotations, 'cuts are necessary').speaker).toBe('Fernando de la Rúa');
  });
});

describe('analyseArticle: a reply "with" a noun of words', () => {
  it('introduces the quotation after its colon, and its "that" reports nothing', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Asked about the ferry, Okonkwo responded with a phrase that could have come from Delgado herself: “Do not moan to me about the harbour.”',
        'Delgado claimed with a straight face that the ferry had never been late.',
      ),
    );
    expect(quote(quotations, 'Do not moan').speaker).toBe('Paul Okonkwo');
    const reported = quotations.filter((q) => !q.direct).map((q) => q.text);
    expect(reported).toEqual(['the ferry had never been late']);
  });
});

describe('analyseArticle: a block quotation with a verb of manner in "-s"', () => {
  it('is still the block: "marvels" there is a noun', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado captured this in an early writing from 2004:',
        'The harbour produces marvels for the rich, but it produces privation for the docker. It builds palaces, but hovels for the docker.',
      ),
    );
    expect(quote(quotations, 'produces marvels').speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: "another" as the subject of a cue', () => {
  it('is one more of those just named; "another warning" is a noun', () => {
    const quotations = analyseArticle(
      article(
        'Dockers replied to the council on Twitter.',
        'Another tweeted, “The council thinks it is above the rules of the harbour.”',
        'Another warning sign is the council’s reliance on the “harbour first” slogan.',
      ),
    );
    expect(quote(quotations, 'above the rules').mention).toBe('Another');
    expect(quotations.filter((q) => q.cue === 'warning')).toEqual([]);
  });
});

describe('analyseArticle: an appositive whose closing comma is missing', () => {
  it('still gives the quotation to the person who opens the sentence', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Ada Quint, president and founder of Calder Dockers Union said, “Nobody asked us before the vote.”',
        'Nevertheless, the protests at Port Calder Harbour point to a revival of the union.',
      ),
    );
    expect(quote(quotations, 'Nobody asked us').speaker).toBe('Ada Quint');
    expect(quotations.filter((q) => q.mention?.startsWith('Nevertheless'))).toEqual([]);
  });
});

describe('analyseArticle: a clause that opens with a phrase before ", Delgado said"', () => {
  const reportedTexts = (...paragraphs: string[]): string[] =>
    analyseArticle(article(INTRO, ...paragraphs))
      .filter((q) => !q.direct)
      .map((q) => `${q.speaker}: ${q.text}`);

  it('is reported whole, condition and all', () => {
    expect(
      reportedTexts('If the state cuts the grant, the ferry will stop in May, Delgado said.'),
    ).toEqual(['Rosa Delgado: If the state cuts the grant, the ferry will stop in May']);
  });

  it('but an opening phrase alone, or one with a relative clause, is no clause', () => {
    expect(reportedTexts('After the vote, Delgado said.')).toEqual([]);
    expect(reportedTexts('In Calder, where the ferry docks, Delgado said.')).toEqual([]);
  });
});

describe('analyseArticle: a time or occasion between the cue and its clause', () => {
  it.each([
    ['Delgado said Tuesday the ferry would stop.', 'the ferry would stop'],
    ['Delgado said on Tuesday night the ferry would stop.', 'the ferry would stop'],
    ['Delgado said last week she would appeal.', 'she would appeal'],
    ['Delgado said in a statement the ferry would stop.', 'the ferry would stop'],
  ])('is skipped: %s', (sentence, text) => {
    const found = analyseArticle(article(INTRO, sentence)).filter((q) => !q.direct);
    expect(found.map((q) => [q.speaker, q.text])).toEqual([['Rosa Delgado', text]]);
  });

  it('but a time that ends the sentence leaves no clause', () => {
    expect(analyseArticle(article(INTRO, 'Delgado said Tuesday night.'))).toEqual([]);
  });
});

describe('analyseArticle: a clause that opens with a place, a party or a day’s possessive', () => {
  it.each([
    'Delgado said New York is safe for ferries.',
    'Delgado said Republican leaders appear determined to stop the ferry.',
    'Delgado said Monday’s vote was a disgrace.',
  ])('is reported: %s', (sentence) => {
    const found = analyseArticle(article(INTRO, sentence)).filter((q) => !q.direct);
    expect(found.map((q) => q.speaker)).toEqual(['Rosa Delgado']);
    expect(sentence).toContain(`said ${found[0]!.text}`);
  });
});

describe('analyseArticle: "went on" with a comma after it', () => {
  it('still speaks the question before it', () => {
    const quotations = analyseArticle(
      article(INTRO, '“Who pays for the ferry?” Delgado went on, as if no one had answered.'),
    );
    expect(quote(quotations, 'Who pays').speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: two titles joined by "and" before a name', () => {
  it.each([
    '“The port stays open,” said Calder Dockers President and CEO Ada Quint.',
    '“The port stays open,” said former Calder Gov. and Harbour Board Chairman Ada Quint.',
    '“The port stays open,” said Chair and Chief Executive Ada Quint.',
  ])('name one person: %s', (sentence) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'port stays open');
    expect(q.speaker).toBe('Ada Quint');
  });
});

describe('analyseArticle: a question, then a name with an appositive and its cue', () => {
  it('is one sentence: the name speaks the question', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '“Who pays for the ferry?” Ada Quint, the chair of the dockers’ union, said at the meeting.',
      ),
    );
    const q = quote(quotations, 'Who pays');
    expect(q.speaker).toBe('Ada Quint');
    expect(q.mention).toBe('Ada Quint, the chair of the dockers’ union');
  });
});

describe('analyseArticle: a quotation in a clause of its own, then a named cue', () => {
  it('is the named speaker’s, not that of the cue before it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'When Delgado said at the rally that she would close the ferry, she “broke faith with every docker in Calder,” said Ada Quint, the union’s chair.',
      ),
    );
    expect(quote(quotations, 'broke faith').speaker).toBe('Ada Quint');
    expect(quotations.find((q) => !q.direct)?.speaker).toBe('Rosa Delgado');
  });

  it('but a news outlet reporting it after it passes on the words of the cue before', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'The ferry plan, Okonkwo said, “will cost every docker in Calder a job,” Reuters reported.',
      ),
    );
    expect(quote(quotations, 'every docker').speaker).toBe('Paul Okonkwo');
  });
});

describe('analyseArticle: an embedded post, signed with name, handle and date', () => {
  it('is a direct quotation of its author, without the tags a scraper left', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        '<tweet id="7503" author="@RosaDelgado">The night ferry stays. Calder keeps its harbour. — Rosa Delgado (@RosaDelgado) July 5, 2016</tweet>.',
      ),
    );
    const q = quote(quotations, 'night ferry stays');
    expect(q.text).toBe('The night ferry stays. Calder keeps its harbour.');
    expect(q.speaker).toBe('Rosa Delgado');
    expect(q.mention).toBe('Rosa Delgado (@RosaDelgado)');
    expect(q.direct).toBe(true);
  });

  it('but a dash and a name with no handle and date sign nothing', () => {
    const quotations = analyseArticle(
      article(INTRO, 'The night ferry stays, for now — Rosa Delgado July 5, 2016'),
    );
    expect(quotations.filter((q) => q.direct)).toEqual([]);
  });
});

describe('analyseArticle: "according to" a document before a name', () => {
  it('gives the document as the source, not the person named after its comma', () => {
    const quotations = analyseArticle(
      article(INTRO, 'According to the indictment, Okonkwo took bribes from the ferry firms.'),
    );
    const reported = quotations.find((q) => !q.direct)!;
    expect(reported.mention).toBe('the indictment');
    expect(reported.speaker).toBeNull();
  });
});

describe('analyseArticle: a compound modifier before a name ("Washington-based")', () => {
  it.each([
    ['“The ferry must run all winter,” said the Calder-based Harbour Council.', 'Harbour Council'],
    [
      '“The ferry must run all winter,” said Los Angeles-based attorney Ada Okonkwo.',
      'Ada Okonkwo',
    ],
    ['“The ferry must run all winter,” said South Korean-born Ada Okonkwo.', 'Ada Okonkwo'],
  ])('is no part of the name: %s', (sentence, speaker) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'ferry must run');
    expect(q.speaker).toBe(speaker);
  });

  it('alone, is no speaker: "a Trump-style retort, tweeting" leaves the sentence’s subject', () => {
    const quotations = analyseArticle(
      article(
        'Tom Reyes spoke at the pier.',
        'Reyes offered a Delgado-style retort on the mayor’s preferred mode of communication, tweeting at her, “the ferry must run all winter.”',
      ),
    );
    expect(quote(quotations, 'ferry must run').speaker).toBe('Tom Reyes');
  });

  it('keeps the whole place in a role: "a San Francisco-based group"', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          '“The ferry must run all winter,” said a San Francisco-based harbour group.',
        ),
      ),
      'ferry must run',
    );
    expect(q.mention).toBe('a San Francisco-based harbour group');
    expect(q.speaker).toBeNull();
  });
});

describe('analyseArticle: a pronoun after a sentence whose subject has an aside', () => {
  it('refers to the subject past the aside and an opening "But", not a company inside it', () => {
    const quotations = analyseArticle(
      article(
        'Ms. Rosa Delgado spoke at the harbour on Monday.',
        'But Delgado, who had moved a year earlier from her role at Calder Ferries spinoff Harbour Lines, tossed “cold water on the idea at once,” she wrote in her memoir. She was sure that she and the city should keep the upper hand.',
      ),
    );
    expect(quote(quotations, 'cold water').speaker).toBe('Rosa Delgado');
  });

  it('but "he added" after the clause it reports continues the speaker before', () => {
    const quotations = analyseArticle(
      article(
        'Tom Reyes and Paul Okonkwo spoke at the harbour.',
        '“We are sick of it,” Okonkwo said. Reyes fits that bill for many people, he added.',
      ),
    );
    expect(quotations.find((q) => !q.direct && q.text.includes('fits that bill'))!.speaker).toBe(
      'Paul Okonkwo',
    );
  });

  it('while "he said" after a clause may be its subject’s own', () => {
    const quotations = analyseArticle(
      article(
        'Tom Reyes and Paul Okonkwo spoke at the harbour.',
        '“We are sick of it,” Okonkwo said. Reyes has pushed for the ferry in the Senate for years, he said.',
      ),
    );
    expect(
      quotations.find((q) => !q.direct && q.text.includes('pushed for the ferry'))!.speaker,
    ).toBe('Tom Reyes');
  });
});

describe('analyseArticle: companies and state bodies are organisations', () => {
  it('keeps the whole name of a company ("General Motors", not "Motors")', () => {
    const q = quote(
      analyseArticle(article(INTRO, '“The ferry will not run this winter,” said General Motors.')),
      'ferry will not run',
    );
    expect(q.speaker).toBe('General Motors');
  });

  it('never takes "she", and a day after "on" is no part of its name', () => {
    const quotations = analyseArticle(
      article(
        'Ms. Ada Reyes runs the port.',
        '“We will cut the fares next spring,” said Westar Energy on Monday.',
        '“The fares were too high for too long,” she said.',
      ),
    );
    expect(quote(quotations, 'cut the fares').speaker).toBe('Westar Energy');
    expect(quote(quotations, 'too high').speaker).toBe('Ada Reyes');
  });
});

describe('analyseArticle: a name’s possessive opening a sentence with a quotation', () => {
  it('frames nothing when it owns a thing that is no words of theirs', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Delgado’s rally was interrupted by a protester wearing a shirt with the council’s logo — “Keep the Ferry Running.”',
      ),
    );
    expect(quotations.some((q) => q.speaker === 'Rosa Delgado')).toBe(false);
  });

  it.each([
    [
      'Delgado’s letter makes a plain case: “the ferry must run all winter, whatever it costs.”',
      'ferry must run',
    ],
    [
      'Delgado’s assertion that “the ferry must run all winter” was hard to square with the budget.',
      'ferry must run',
    ],
  ])('gives its document or words to the owner: %s', (sentence, phrase) => {
    expect(quote(analyseArticle(article(INTRO, sentence)), phrase).speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: an appositive holding a title in quotation marks', () => {
  it('still separates the subject from its cue', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Tom Reyes, a host on the harbour radio show, "Calder Mornings," who went on to work for Delgado, said his boss was "always kind and generous and fair."',
      ),
    );
    expect(quote(quotations, 'always kind').speaker).toBe('Tom Reyes');
  });
});

describe('analyseArticle: a headline’s capitalised verb or "on" before a colon', () => {
  it.each([
    ['Rosa Delgado Says Council ‘Must Keep The Ferry Running’', 'Must Keep', 'Rosa Delgado'],
    [
      'Ferry Is ‘The Lifeline Of The Island,’ Rosa Delgado Tells Council',
      'Lifeline',
      'Rosa Delgado',
    ],
    ['Rosa Delgado on the Ferry Budget: ‘We Will Not Cut It.’', 'Will Not Cut', 'Rosa Delgado'],
  ])('gives the quoted words to the name before it: %s', (headline, phrase, speaker) => {
    const q = quote(analyseArticle(article(headline, 'The ferry runs.')), phrase);
    expect(q.speaker).toBe(speaker);
  });

  it('but a verb in a prose sentence stays no cue, and short words stay scare quotes', () => {
    const quotations = analyseArticle(
      article('Rosa Delgado Says ‘No’ To Ferry Cuts', 'The Ferry Board Says it will meet.'),
    );
    expect(quotations.filter((q) => q.direct)).toHaveLength(0);
  });
});

describe('analyseArticle: a quotation closed by a comma, then an attribution that ends the sentence', () => {
  it('is the attribution’s, though a cue stands before it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Nothing the mayor said "will calm the islanders’ fears," the Calder senator said.',
      ),
    );
    expect(quote(quotations, 'calm the islanders').mention).toBe('the Calder senator');
  });

  it('but a pronoun after it refers back to the cue before', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'In her speech, Delgado declared the need for will: “Change the harbour, then change it again,” she said.',
      ),
    );
    expect(quote(quotations, 'Change the harbour').speaker).toBe('Rosa Delgado');
  });
});

describe('analyseArticle: a member of an organisation after a cue', () => {
  it.each([
    [
      '“The ferry must run all winter,” said one Harbour Council member.',
      'one Harbour Council member',
    ],
    [
      '“The ferry must run all winter,” said a longtime HCU data expert.',
      'a longtime HCU data expert',
    ],
  ])('speaks for no one but themselves: %s', (sentence, mention) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'ferry must run');
    expect(q.mention).toBe(mention);
    expect(q.speaker).toBeNull();
  });

  it('while a spokesman speaks for the organisation', () => {
    const q = quote(
      analyseArticle(
        article(INTRO, '“The ferry must run all winter,” said a Harbour Council spokesman.'),
      ),
      'ferry must run',
    );
    expect(q.speaker).toBe('Harbour Council');
  });
});

describe('analyseArticle: a role after a cue, then a relative clause', () => {
  it('keeps the clause in the mention, as a name keeps its appositive', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          '“The ferry must run all winter,” said a longtime harbour official who has worked for Delgado, asking not to be named.',
        ),
      ),
      'ferry must run',
    );
    expect(q.mention).toBe('a longtime harbour official who has worked for Delgado');
    expect(q.speaker).toBeNull();
  });
});

describe('analyseArticle: a name after a cue, then its home or a relative clause', () => {
  it.each([
    [
      '“The ferry must run all winter,” said Tom Reyes of Harbour Rights Watch, who rode it daily.',
      'Tom Reyes of Harbour Rights Watch, who rode it daily',
    ],
    [
      '“The ferry must run all winter,” said Tom Reyes who represents Calder Island in the council.',
      'Tom Reyes who represents Calder Island in the council',
    ],
  ])('keeps them in the mention: %s', (sentence, mention) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'ferry must run');
    expect(q.speaker).toBe('Tom Reyes');
    expect(q.mention).toBe(mention);
  });
});

describe('analyseArticle: two appositives joined by "and a"', () => {
  it('both describe the speaker and stay in the mention', () => {
    const q = quote(
      analyseArticle(
        article(
          INTRO,
          '“The ferry must run all winter,” said Tom Reyes, a nurse in Calder, and a longtime activist for the harbour.',
        ),
      ),
      'ferry must run',
    );
    expect(q.speaker).toBe('Tom Reyes');
    expect(q.mention).toBe('Tom Reyes, a nurse in Calder, and a longtime activist for the harbour');
  });
});

describe('analyseArticle: a person named after an owner’s possessive', () => {
  it.each([
    ['Harbour College’s Ada Quint said: “The ward stays open.”'],
    ['“The ward stays open,” said Harbour College’s Ada Quint.'],
  ])('is the person, and the mention keeps the owner: %s', (sentence) => {
    const q = quote(analyseArticle(article(INTRO, sentence)), 'ward stays open');
    expect(q.speaker).toBe('Ada Quint');
    expect(q.mention).toBe('Harbour College’s Ada Quint');
  });

  it('but a possessive inside an organisation’s name stays in it', () => {
    const q = quote(
      analyseArticle(article(INTRO, 'St. Vincent’s Hospital said: “The ward stays open.”')),
      'ward stays open',
    );
    expect(q.speaker).toBe('St. Vincent Hospital');
  });

  it('a sentence that only agrees introduces the quotation after it', () => {
    const quotations = analyseArticle(
      article(
        INTRO,
        'Harbour College’s Ada Quint agreed. “The ward stays open and nobody will lose a bed.”',
      ),
    );
    expect(quote(quotations, 'nobody will lose').speaker).toBe('Ada Quint');
  });
});
