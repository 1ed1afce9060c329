import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFolder } from '../src/articles/load.js';
import { parseArticleText } from '../src/articles/parse.js';
import type { Article } from '../src/articles/types.js';
import { analyseArticle, buildPeople, personId } from '../src/quotes/index.js';
import type { Quotation } from '../src/quotes/types.js';

/**
 * The bundled sample data and its hard cases. Every case below is a row of the table in
 * data/README.md; keep the two in step.
 */

const ARTICLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/articles');
const FOOTER = 'To write to the Harbour Ledger, visit harbour-ledger.example/letters.';
const WIRE = 'coastline-wire-2026-11.jsonl';

const STATE_OF_THE_CITY = '2024/2024-03-14-state-of-the-city.md';
const CRANE_CONTRACT = '2024/2024-05-17-crane-contract-delayed.md';
const MOULD_SURVEY = '2024/2024-05-17-eastmoor-mould-survey.md';
const STRIKE_BALLOT = '2024/2024-09-05-dock-strike-ballot.md';
const BUDGET = '2024/2024-11-28-budget-efficiency-cuts.md';
const MUSEUM = '2025/2025-02-11-maritime-museum-reopens.md';
const SEAGRASS = '2025/2025-02-11-seagrass-returns.md';
const PLAY = '2025/2025-06-03-night-shift-revival.md';
const BUSES = '2025/2025-10-21-bus-network-overhaul.md';
const REPAIR_DEAL = '2026/2026-03-09-eastmoor-repair-deal.md';
const ROSTER_FILES = '2026/2026-07-15-roster-files-lost.md';
const HARBOUR_LEVY = '2026/2026-11-12-harbour-levy-approved.md';
const LANTERNS = '2026/2026-11-18-lantern-festival.md';
const SHELTER = '2026/2026-11-18-winter-shelter-opens.md';
const ROSTER_DEAL = '2026/2026-11-23-roster-deal-accepted.md';
const PHONE_IN = '2026/2026-11-25-ferry-fares-phone-in.md';
const FERRIES = 'Calder Sound ferries add winter sailings';
const STORM = 'Storm warning issued for the Calder coast';
const COD_QUOTA = 'Scientists urge lower cod quota for Calder Sound';

const MARKDOWN_FILES = [
  STATE_OF_THE_CITY,
  CRANE_CONTRACT,
  MOULD_SURVEY,
  STRIKE_BALLOT,
  BUDGET,
  MUSEUM,
  SEAGRASS,
  PLAY,
  BUSES,
  REPAIR_DEAL,
  ROSTER_FILES,
  HARBOUR_LEVY,
  LANTERNS,
  SHELTER,
  ROSTER_DEAL,
  PHONE_IN,
];

/** A paragraph of one article: a file under data/articles, and the title inside a multi-article file. */
interface Place {
  file: string;
  title?: string;
  paragraph: number;
}

interface QuoteCase extends Place {
  what: string;
  /** A phrase of the quotation's text, verbatim. */
  phrase: string;
  /** More phrases the same quotation must hold: the far side of a page break, an inner quote. */
  alsoContains?: string[];
  speaker: string;
  /** Organisation names are matched as the project's scorer matches names: one extra word ("The") is allowed. */
  organisation?: boolean;
  /** Left out for block quotations, which are verbatim but carry no marks. */
  direct?: boolean;
  mention?: string;
  cues?: string[];
  role?: RegExp;
}

/** Words in marks that nobody is quoted as saying: scare quotes, a title. */
interface UnattributedCase extends Place {
  what: string;
  phrase: string;
}

const QUOTE_CASES: QuoteCase[] = [
  // 2024-03-14, state of the city
  {
    file: STATE_OF_THE_CITY,
    paragraph: 2,
    phrase: 'spent thirty years looking at its own waterfront',
    speaker: 'Elena Vasquez',
    direct: true,
    role: /mayor/i,
    what: 'full introduction "Mayor Elena Vasquez said the city had “…”"',
  },
  {
    file: STATE_OF_THE_CITY,
    paragraph: 3,
    phrase: 'We are going to take the fence down',
    speaker: 'Elena Vasquez',
    direct: true,
    mention: 'Vasquez',
    cues: ['said'],
    what: 'surname only after the introduction, "“…,” said Vasquez"',
  },
  {
    file: STATE_OF_THE_CITY,
    paragraph: 5,
    phrase: 'When I was a girl, my father worked the night shift',
    speaker: 'Elena Vasquez',
    direct: true,
    cues: ['said'],
    what: '"Vasquez said: “…”" opening a quotation over three paragraphs',
  },
  {
    file: STATE_OF_THE_CITY,
    paragraph: 6,
    phrase: 'I want that harbour back',
    speaker: 'Elena Vasquez',
    direct: true,
    what: 'middle paragraph of a run: opening mark repeated, no closing mark',
  },
  {
    file: STATE_OF_THE_CITY,
    paragraph: 7,
    phrase: 'So tonight I am asking the Harbour Authority',
    speaker: 'Elena Vasquez',
    direct: true,
    what: 'last paragraph of a run',
  },
  {
    file: STATE_OF_THE_CITY,
    paragraph: 8,
    phrase: 'For ten years this city was told',
    alsoContains: ['strategically reserved', 'nobody had a plan'],
    speaker: 'Elena Vasquez',
    direct: true,
    cues: ['said'],
    what: 'nested ‘…’ inside “…”, "“…,” Vasquez said"',
  },
  {
    file: STATE_OF_THE_CITY,
    paragraph: 10,
    phrase: 'the mayor had not explained where the money would come from',
    speaker: 'Marek Dunmore',
    direct: false,
    mention: 'Dunmore',
    cues: ['said'],
    what: '"Dunmore said that …"',
  },
  // 2024-05-17, crane contract
  {
    file: CRANE_CONTRACT,
    paragraph: 2,
    phrase: 'The board has decided that further due diligence is needed',
    speaker: 'Port Calder Harbour Authority',
    organisation: true,
    direct: true,
    what: 'organisation as speaker, "said in a statement"',
  },
  {
    file: CRANE_CONTRACT,
    paragraph: 3,
    phrase: 'the delay concerned the terms of the maintenance agreement',
    speaker: 'Priya Anand',
    direct: false,
    role: /spokeswoman/,
    what: '"Anand, a spokeswoman for the authority, said …"',
  },
  {
    file: CRANE_CONTRACT,
    paragraph: 5,
    phrase: 'the single most important investment this port will make in a decade',
    speaker: 'Hugo Brandt',
    direct: true,
    cues: ['told'],
    what: 'partial quotation after "the authority’s chief executive, Hugo Brandt, told … that"',
  },
  {
    file: CRANE_CONTRACT,
    paragraph: 6,
    phrase: 'We would rather be late and right than early and wrong',
    speaker: 'Priya Anand',
    direct: true,
    mention: 'the spokeswoman',
    what: 'role noun "the spokeswoman said", Brandt named in the same sentence',
  },
  {
    file: CRANE_CONTRACT,
    paragraph: 9,
    phrase: 'before the end of October',
    speaker: 'Port Calder Harbour Authority',
    organisation: true,
    direct: true,
    mention: 'the authority',
    what: 'role noun for an organisation, "The authority said …"',
  },
  // 2024-05-17, mould survey
  {
    file: MOULD_SURVEY,
    paragraph: 3,
    phrase: 'dragging its feet',
    speaker: 'Ngozi Okafor',
    direct: true,
    cues: ['told'],
    what: 'partial quotation inside reported speech, "told reporters that the council had been “…”"',
  },
  {
    file: MOULD_SURVEY,
    paragraph: 4,
    phrase: 'well above anything we would accept in a laboratory',
    speaker: 'Ines Halvorsen',
    direct: true,
    cues: ['according to'],
    what: '"According to Dr. Ines Halvorsen, …"',
  },
  {
    file: MOULD_SURVEY,
    paragraph: 5,
    phrase: 'We have written to the housing department',
    alsoContains: ['a little further up the', 'children’s bedroom'],
    speaker: 'Ngozi Okafor',
    direct: true,
    what: 'a page break inside the quotation; titled form "Ms. Okafor said"',
  },
  {
    file: MOULD_SURVEY,
    paragraph: 8,
    phrase: 'she intended to bring photographs',
    speaker: 'Ngozi Okafor',
    direct: false,
    what: 'titled form "Ms. Okafor said she …"',
  },
  // 2024-09-05, strike ballot
  {
    file: STRIKE_BALLOT,
    paragraph: 2,
    phrase: 'the ballot of its 1,140 members would open on Monday',
    speaker: 'Desmond Whitlock',
    direct: false,
    cues: ['said'],
    role: /president/,
    what: '"Whitlock, the union’s president, said"',
  },
  {
    file: STRIKE_BALLOT,
    paragraph: 3,
    phrase: 'The chief executive calls it',
    alsoContains: ['a modern roster', 'four in the morning'],
    speaker: 'Desmond Whitlock',
    direct: true,
    what: 'nested ‘…’ inside “…”',
  },
  {
    file: STRIKE_BALLOT,
    paragraph: 4,
    phrase: 'The new pattern gives every crew more rest days',
    speaker: 'Port Calder Harbour Authority',
    organisation: true,
    direct: true,
    mention: 'the authority',
    what: 'organisation via role noun, "the authority said in a statement"',
  },
  {
    file: STRIKE_BALLOT,
    paragraph: 5,
    phrase: 'Our members have given this port',
    alsoContains: ['if the authority', 'thinks a strike ballot is a bluff'],
    speaker: 'Desmond Whitlock',
    direct: true,
    cues: ['told'],
    what: 'a page break inside the quotation, "Whitlock told a meeting"',
  },
  {
    file: STRIKE_BALLOT,
    paragraph: 6,
    phrase: 'We asked for the fatigue study in June',
    speaker: 'Calder Dockworkers Union',
    organisation: true,
    direct: true,
    mention: 'the union',
    what: 'role noun "the union said"',
  },
  {
    file: STRIKE_BALLOT,
    paragraph: 7,
    phrase: 'We will still be here when the tide turns',
    speaker: 'Desmond Whitlock',
    direct: true,
    mention: 'he',
    what: 'pronoun "he said"',
  },
  // 2024-11-28, budget
  {
    file: BUDGET,
    paragraph: 3,
    phrase: 'Nobody came into public life to close a library',
    speaker: 'Vasquez',
    direct: true,
    role: /mayor/i,
    what: '"Mayor Vasquez said in a statement", her only name in this article',
  },
  {
    file: BUDGET,
    paragraph: 5,
    phrase: 'a ransom note with the council crest on it',
    speaker: 'Marek Dunmore',
    direct: true,
    cues: ['wrote', 'writing'],
    what: '"Dunmore wrote on X …, writing that the budget was “…”"',
  },
  // 2025-02-11, museum (front matter)
  {
    file: MUSEUM,
    paragraph: 2,
    phrase: 'more than 3,000 people had booked tickets',
    speaker: 'Felix Aberline',
    direct: false,
    role: /director/,
    what: 'appositive role, reported speech without "that"',
  },
  {
    file: MUSEUM,
    paragraph: 3,
    phrase: 'For a hundred years this building told the story',
    speaker: 'Felix Aberline',
    direct: true,
    cues: ['said'],
    what: '"“…,” Aberline said"',
  },
  {
    file: MUSEUM,
    paragraph: 3,
    phrase: 'We wanted to tell it from the quay',
    speaker: 'Felix Aberline',
    direct: true,
    what: 'second quotation of the paragraph, opening a run over three paragraphs',
  },
  {
    file: MUSEUM,
    paragraph: 4,
    phrase: 'Most of the objects in the new wing',
    speaker: 'Felix Aberline',
    direct: true,
    what: 'middle of a run',
  },
  {
    file: MUSEUM,
    paragraph: 5,
    phrase: 'It is their museum now, as much as it is ours.',
    speaker: 'Felix Aberline',
    direct: true,
    what: 'end of a run',
  },
  {
    file: MUSEUM,
    paragraph: 7,
    phrase: 'My grandmother used to say the banner was',
    alsoContains: ['heavier than the ship', 'hold it up in a wind'],
    speaker: 'Maeve Connolly',
    direct: true,
    cues: ['said'],
    what: 'nested quotes, "“…,” said Maeve Connolly, whose …"',
  },
  // 2025-02-11, seagrass
  {
    file: SEAGRASS,
    paragraph: 3,
    phrase: 'It is the first good news about the sound',
    speaker: 'Ines Halvorsen',
    direct: true,
    mention: 'Halvorsen',
    what: 'surname only after "Dr. Ines Halvorsen"',
  },
  {
    file: SEAGRASS,
    paragraph: 4,
    phrase: 'the team had ruled out water temperature',
    speaker: 'Pieter Voss',
    direct: false,
    what: '"Halvorsen’s co-author, Dr. Pieter Voss, said": Voss speaks, not Halvorsen',
  },
  {
    file: SEAGRASS,
    paragraph: 5,
    phrase: 'We would like ten before anyone calls it a recovery',
    speaker: 'Pieter Voss',
    direct: true,
    mention: 'he',
    what: 'pronoun "he said"',
  },
  {
    file: SEAGRASS,
    paragraph: 6,
    phrase: 'Three years is short, but the shoots do not lie',
    speaker: 'Ines Halvorsen',
    direct: true,
    mention: 'she',
    cues: ['wrote'],
    what: 'pronoun "she wrote" while the last person named is a man',
  },
  // 2025-06-03, play revival (straight quote marks)
  {
    file: PLAY,
    paragraph: 2,
    phrase: "We wrote it in the '90s for the workers' union hall",
    alsoContains: ['nobody thought it would last a fortnight'],
    speaker: 'Rosalind Achterberg',
    direct: true,
    cues: ['said'],
    what: "straight marks with '90s and workers' inside one quotation",
  },
  {
    file: PLAY,
    paragraph: 3,
    phrase: 'a decade when every door in this city seemed to be closing',
    speaker: 'Rosalind Achterberg',
    direct: true,
    what: "'90s right before a straight opening mark",
  },
  {
    file: PLAY,
    paragraph: 3,
    phrase: 'a way of keeping one of them open',
    speaker: 'Rosalind Achterberg',
    direct: true,
    what: 'second partial quotation of the same reported sentence',
  },
  {
    file: PLAY,
    paragraph: 5,
    phrase: 'The only thing we cut was a joke about a fax machine',
    speaker: 'Gareth Pole',
    direct: true,
    cues: ['said'],
    what: 'straight marks, "“…,” Pole said"',
  },
  // 2025-10-21, buses
  {
    file: BUSES,
    paragraph: 2,
    phrase: 'Our passengers have told us that reliability matters more',
    speaker: 'Calder Regional Transit',
    organisation: true,
    direct: true,
    what: 'organisation as speaker, "said in a statement"',
  },
  {
    file: BUSES,
    paragraph: 3,
    phrase: 'the operator’s own passenger survey',
    speaker: 'Calder Mercury',
    organisation: true,
    direct: false,
    cues: ['reported'],
    what: 'an italic outlet as speaker, "The *Calder Mercury* reported … that"',
  },
  {
    file: BUSES,
    paragraph: 4,
    phrase: 'Nearly six in ten respondents named evening services',
    speaker: 'Calder Mercury',
    organisation: true,
    direct: false,
    mention: 'the paper',
    cues: ['reported'],
    what: 'role noun "the paper reported"',
  },
  {
    file: BUSES,
    paragraph: 6,
    phrase: 'Half the people on this estate work evenings',
    speaker: 'Ngozi Okafor',
    direct: true,
    cues: ['said'],
    what: '"Okafor, who …, said: “…”"',
  },
  // 2026-03-09, repair deal
  {
    file: REPAIR_DEAL,
    paragraph: 3,
    phrase: 'The money is there, and the first crews will start in April',
    speaker: 'Hugo Brandt',
    direct: true,
    mention: 'he',
    what: 'pronoun "he said" with a man and a woman in play, the woman named last',
  },
  {
    file: REPAIR_DEAL,
    paragraph: 3,
    phrase: 'I have heard April before',
    speaker: 'Ngozi Okafor',
    direct: true,
    mention: 'she',
    what: 'pronoun "she said" in the same paragraph',
  },
  {
    file: REPAIR_DEAL,
    paragraph: 3,
    phrase: 'but this time it is in writing',
    speaker: 'Ngozi Okafor',
    direct: true,
    what: 'the quotation resumes after "she said,"',
  },
  {
    file: REPAIR_DEAL,
    paragraph: 4,
    phrase: 'This agreement belongs to the families',
    speaker: 'Ngozi Okafor',
    direct: true,
    cues: ['stated'],
    what: '"“…,” Okafor stated." introducing a block quotation',
  },
  {
    file: REPAIR_DEAL,
    paragraph: 5,
    phrase: 'The association will publish a list of every flat',
    speaker: 'Ngozi Okafor',
    what: 'block quotation without marks',
  },
  {
    file: REPAIR_DEAL,
    paragraph: 7,
    phrase: 'the association would keep meeting until the last flat was finished',
    speaker: 'Ngozi Okafor',
    direct: false,
    what: 'titled form "Ms. Okafor, who …, said"',
  },
  {
    file: REPAIR_DEAL,
    paragraph: 7,
    phrase: 'We will still be here when the tide turns',
    speaker: 'Ngozi Okafor',
    direct: true,
    mention: 'she',
    what: 'pronoun "she said"',
  },
  // 2026-07-15, roster files
  {
    file: ROSTER_FILES,
    paragraph: 3,
    phrase: '@everyone meeting at the hall',
    alsoContains: ['<@123456789012345678>'],
    speaker: 'Tomas Reyes',
    direct: true,
    cues: ['wrote'],
    what: '@everyone and a user mention inside a quotation',
  },
  {
    file: ROSTER_FILES,
    paragraph: 4,
    phrase: 'a contractor had been clearing out old files',
    speaker: 'Lucia Ferrante',
    direct: false,
    cues: ['told'],
    what: '"…, Lucia Ferrante, told the *Harbour Ledger* that …"',
  },
  {
    file: ROSTER_FILES,
    paragraph: 5,
    phrase: 'Somebody ran rm -rf * in the wrong folder',
    alsoContains: ['roster_2026_wk27_FINAL', '`--dry-run`'],
    speaker: 'Lucia Ferrante',
    direct: true,
    what: 'Markdown-looking characters in a quotation',
  },
  {
    file: ROSTER_FILES,
    paragraph: 6,
    phrase: 'Our members should not have to learn from a text message',
    speaker: 'Calder Dockworkers Union',
    organisation: true,
    direct: true,
    mention: 'the union',
    what: 'role noun "the union said in a statement"',
  },
  {
    file: ROSTER_FILES,
    paragraph: 8,
    phrase: 'She has agreed to come',
    speaker: 'Tomas Reyes',
    direct: true,
    mention: 'he',
    what: 'pronoun "he said" with a woman named in the paragraph and "She" inside the quotation',
  },
  // 2026-11-12, harbour levy
  {
    file: HARBOUR_LEVY,
    paragraph: 2,
    phrase: 'it would raise about $30 million a year',
    speaker: 'Elena Vasquez',
    direct: false,
    role: /mayor/i,
    what: '"Mayor Elena Vasquez, who …, said it would …"',
  },
  {
    file: HARBOUR_LEVY,
    paragraph: 3,
    phrase: 'The harbour is the reason this city exists',
    speaker: 'Elena Vasquez',
    direct: true,
    what: '"“…,” Vasquez said in a statement." introducing a block quotation',
  },
  {
    file: HARBOUR_LEVY,
    paragraph: 4,
    phrase: 'Every dollar raised by the levy will be spent',
    speaker: 'Elena Vasquez',
    what: 'block quotation without marks',
  },
  {
    file: HARBOUR_LEVY,
    paragraph: 5,
    phrase: 'a postcard, not a policy',
    speaker: 'Marek Dunmore',
    direct: true,
    cues: ['told'],
    what: 'partial quotation inside reported speech, "told the *Ledger* that … “…”"',
  },
  {
    file: HARBOUR_LEVY,
    paragraph: 6,
    phrase: 'work with the city to collect the levy fairly',
    speaker: 'Port Calder Harbour Authority',
    organisation: true,
    direct: true,
    what: 'organisation, "said in a statement that it would “…”"',
  },
  // 2026-11-18, lantern festival and winter shelter
  {
    file: LANTERNS,
    paragraph: 4,
    phrase: 'Every year somebody asks me what the lanterns are for',
    speaker: 'Ayesha Dunne',
    direct: true,
    mention: 'Dunne',
    what: 'surname after "Ayesha Dunne, who …, said"',
  },
  {
    file: LANTERNS,
    paragraph: 6,
    phrase: 'the museum would stay open until nine',
    speaker: 'Felix Aberline',
    direct: false,
    what: 'the museum director again, in another article',
  },
  {
    file: SHELTER,
    paragraph: 3,
    phrase: 'We opened the doors at six',
    speaker: 'Callum Reid',
    direct: true,
    what: 'introduced as "Its manager, Callum Reid, said"',
  },
  {
    file: SHELTER,
    paragraph: 5,
    phrase: 'If you can drive a van at five in the morning',
    speaker: 'Callum Reid',
    direct: true,
    mention: 'he',
    what: 'pronoun "he said"',
  },
  // 2026-11-23, roster deal (front matter)
  {
    file: ROSTER_DEAL,
    paragraph: 3,
    phrase: 'not a victory lap, but a decent night’s sleep',
    speaker: 'Desmond Whitlock',
    direct: true,
    what: 'partial quotation after "said the result was"',
  },
  {
    file: ROSTER_DEAL,
    paragraph: 4,
    phrase: 'he would step down as president',
    speaker: 'Desmond Whitlock',
    direct: false,
    what: 'titled form "Mr. Whitlock said he …"',
  },
  {
    file: ROSTER_DEAL,
    paragraph: 5,
    phrase: 'I was elected to get this roster fixed',
    speaker: 'Desmond Whitlock',
    direct: true,
    mention: 'he',
    what: 'pronoun "he said"',
  },
  {
    file: ROSTER_DEAL,
    paragraph: 6,
    phrase: 'the stability our customers have been asking for',
    speaker: 'Port Calder Harbour Authority',
    organisation: true,
    direct: true,
    mention: 'the authority',
    what: 'role noun for an organisation, "The authority said in a statement that …"',
  },
  // 2026-11-25, ferry fares phone-in: a transcript, signed replies, a naming verb
  {
    file: PHONE_IN,
    paragraph: 3,
    phrase: 'start with the fares',
    speaker: 'Owen Lacey',
    direct: true,
    mention: 'LACEY',
    cues: [':'],
    what: 'transcript turn "LACEY: …", the host named only in the introduction',
  },
  {
    file: PHONE_IN,
    paragraph: 4,
    phrase: 'Because it is not the same boat',
    speaker: 'Elena Vasquez',
    direct: true,
    cues: [':'],
    what: 'transcript turn "VASQUEZ: …" resolved to the full name',
  },
  {
    file: PHONE_IN,
    paragraph: 5,
    phrase: 'I would rather charge a fair fare',
    speaker: 'Elena Vasquez',
    direct: true,
    what: 'unlabelled paragraph under the running opening mark: the same turn goes on',
  },
  {
    file: PHONE_IN,
    paragraph: 7,
    phrase: 'If the numbers hold, yes',
    speaker: 'Elena Vasquez',
    direct: true,
    what: 'last turn, closing the transcript’s mark',
  },
  {
    file: PHONE_IN,
    paragraph: 9,
    phrase: 'The late boat is the only way I get home',
    speaker: 'Marta Kowalczyk',
    direct: true,
    cues: ['―'],
    what: 'reply signed "― Marta Kowalczyk, a nurse", its opening mark written ”',
  },
  {
    file: PHONE_IN,
    paragraph: 9,
    phrase: 'walking the causeway in January is worse',
    speaker: 'Dev Raman',
    direct: true,
    cues: ['―'],
    what: 'second signed reply in the same paragraph',
  },
  {
    file: PHONE_IN,
    paragraph: 9,
    phrase: 'I will believe the spring cut',
    speaker: 'Agnes Fairley',
    direct: true,
    what: 'third signed reply, the paragraph’s last words',
  },
  {
    file: PHONE_IN,
    paragraph: 10,
    phrase: 'a tax on the night shift',
    speaker: 'Marek Dunmore',
    direct: true,
    cues: ['called'],
    what: 'naming verb "called the fares “…”"',
  },
  // Coastline Press wire (JSON Lines)
  {
    file: WIRE,
    title: FERRIES,
    paragraph: 2,
    phrase: 'Demand on the late boats has been higher than we forecast',
    speaker: 'Jonas Whitcombe',
    direct: true,
    cues: ['said'],
    role: /head of services/,
    what: '"“…,” said Jonas Whitcombe, the operator’s head of services"',
  },
  {
    file: WIRE,
    title: STORM,
    paragraph: 2,
    phrase: 'it would close the outer berths',
    speaker: 'Port Calder Harbour Authority',
    organisation: true,
    direct: false,
    what: 'organisation, reported speech',
  },
  {
    file: WIRE,
    title: STORM,
    paragraph: 3,
    phrase: 'Nobody should be on the causeway at Selby Point',
    speaker: 'Ruth Mallory',
    direct: true,
    role: /duty officer/,
    what: '"“…,” the coastguard’s duty officer, Ruth Mallory, said"',
  },
  {
    file: WIRE,
    title: COD_QUOTA,
    paragraph: 2,
    phrase: 'worrying but not yet alarming',
    speaker: 'Ines Halvorsen',
    direct: true,
    what: 'partial quotation, a person met in two other articles',
  },
  {
    file: WIRE,
    title: COD_QUOTA,
    paragraph: 3,
    phrase: 'The nurseries are there',
    speaker: 'Ines Halvorsen',
    direct: true,
    mention: 'Halvorsen',
    what: 'surname only',
  },
];

const UNATTRIBUTED_CASES: UnattributedCase[] = [
  { file: BUDGET, paragraph: 2, phrase: 'efficiency', what: 'scare quotes “efficiency”' },
  { file: SEAGRASS, paragraph: 7, phrase: 'experiment', what: 'scare quotes ‘experiment’' },
  { file: PLAY, paragraph: 6, phrase: 'heritage seating', what: 'scare quotes in straight marks' },
  {
    file: PLAY,
    paragraph: 7,
    phrase: 'Night Shift at Berth Nine',
    what: 'a title in straight single quotes',
  },
  { file: BUSES, paragraph: 5, phrase: 'reform', what: 'scare quotes ‘reform’' },
];

const parsedFiles = new Map<string, Promise<Article[]>>();

async function parseFile(file: string): Promise<Article[]> {
  const text = await readFile(path.join(ARTICLES, file), 'utf8');
  const { articles, problems } = parseArticleText(text, file);
  expect(problems, `problems reading ${file}`).toEqual([]);
  return articles;
}

function articlesIn(file: string): Promise<Article[]> {
  let articles = parsedFiles.get(file);
  if (!articles) {
    articles = parseFile(file);
    parsedFiles.set(file, articles);
  }
  return articles;
}

async function articleAt(place: Place): Promise<Article> {
  const articles = await articlesIn(place.file);
  const matching =
    place.title === undefined
      ? articles
      : articles.filter((article) => article.title === place.title);
  expect(
    matching,
    `one article in ${place.file}${place.title ? ` titled "${place.title}"` : ''}`,
  ).toHaveLength(1);
  return matching[0]!;
}

/** The project's scorer rule for a full name: every word present, at most one word added. */
function namesTheOrganisation(speaker: string | null, name: string): boolean {
  if (speaker === null) return false;
  const said = speaker.split(/\s+/);
  const expected = name.split(/\s+/);
  return expected.every((word) => said.includes(word)) && said.length <= expected.length + 1;
}

function describePlace(place: Place): string {
  return `${place.title ?? place.file} ¶${place.paragraph}`;
}

describe('sample data: quotation hard cases (data/README.md)', () => {
  for (const c of QUOTE_CASES) {
    it(`${describePlace(c)}: ${c.what}`, async () => {
      const article = await articleAt(c);
      const phrases = [c.phrase, ...(c.alsoContains ?? [])];
      for (const phrase of phrases) {
        expect(article.paragraphs[c.paragraph - 1], 'the table and the data agree').toContain(
          phrase,
        );
      }

      const quotations = analyseArticle(article).filter(
        (q) =>
          q.paragraph === c.paragraph &&
          phrases.every((phrase) => q.text.includes(phrase)) &&
          (c.direct === undefined || q.direct === c.direct),
      );
      const kind = c.direct === undefined ? '' : c.direct ? 'direct ' : 'reported ';
      expect(
        quotations,
        `a ${kind}quotation holding "${phrases.join('" and "')}"`,
      ).not.toHaveLength(0);

      for (const quotation of quotations) {
        if (c.organisation) {
          expect(
            namesTheOrganisation(quotation.speaker, c.speaker),
            `speaker ${quotation.speaker} is ${c.speaker}`,
          ).toBe(true);
        } else {
          expect(quotation.speaker).toBe(c.speaker);
        }
        if (c.mention !== undefined)
          expect(quotation.mention?.toLowerCase()).toBe(c.mention.toLowerCase());
        if (c.cues !== undefined) expect(c.cues).toContain(quotation.cue?.toLowerCase());
        if (c.role !== undefined) expect(quotation.role ?? '').toMatch(c.role);
      }
    });
  }

  for (const c of UNATTRIBUTED_CASES) {
    it(`${describePlace(c)}: ${c.what}, and no speaker`, async () => {
      const article = await articleAt(c);
      const inMarks = new RegExp(`[“‘"']${c.phrase}[”’"']`);
      expect(article.paragraphs[c.paragraph - 1], 'the table and the data agree').toMatch(inMarks);
      const attributed = analyseArticle(article).filter(
        (q) => q.paragraph === c.paragraph && q.text.includes(c.phrase) && q.speaker !== null,
      );
      expect(attributed).toEqual([]);
    });
  }
});

describe('sample data: articles as read', () => {
  it('every Markdown file parses into one article dated as its file name says', async () => {
    for (const file of MARKDOWN_FILES) {
      const article = await articleAt({ file, paragraph: 1 });
      expect(article.date, file).toBe(path.posix.basename(file).slice(0, 10));
      expect(article.title, file).not.toBe('');
      expect(article.author, file).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(article.source, file).toBe(file);
    }
  });

  it('reads every date style: "14 March 2024", "May 17, 2024", "2024-09-05"', async () => {
    expect((await articleAt({ file: STATE_OF_THE_CITY, paragraph: 1 })).date).toBe('2024-03-14');
    expect((await articleAt({ file: MOULD_SURVEY, paragraph: 1 })).date).toBe('2024-05-17');
    expect((await articleAt({ file: STRIKE_BALLOT, paragraph: 1 })).date).toBe('2024-09-05');
    expect((await articleAt({ file: SEAGRASS, paragraph: 1 })).date).toBe('2025-02-11');
  });

  it('takes title, author, date, url and tags from YAML front matter', async () => {
    const museum = await articleAt({ file: MUSEUM, paragraph: 1 });
    expect(museum.title).toBe('Maritime Museum reopens after four-year rebuild');
    expect(museum.author).toBe('Tobias Wren');
    expect(museum.url).toBe(
      'https://harbour-ledger.example/culture/2025/02/maritime-museum-reopens',
    );
    expect(museum.tags).toEqual(['culture', 'museums', 'waterfront']);
    expect(museum.paragraphs[0]).toMatch(/^The Port Calder Maritime Museum reopened/);

    const deal = await articleAt({ file: ROSTER_DEAL, paragraph: 1 });
    expect(deal.tags).toEqual(['labour', 'port', 'unions']);
    expect(deal.date).toBe('2026-11-23');
  });

  it('reads the three wire articles of the JSON Lines file with their own ids', async () => {
    const wire = await articlesIn(WIRE);
    expect(wire.map((article) => [article.title, article.date, article.author])).toEqual([
      [FERRIES, '2026-11-19', 'Coastline Press'],
      [STORM, '2026-11-20', 'Coastline Press'],
      [COD_QUOTA, '2026-11-23', 'Coastline Press'],
    ]);
    expect(wire[0]!.id).toContain('cp-20261119-ferry-winter-sailings');
    expect(wire[1]!.url).toBeNull();
    expect(wire[2]!.url).toBe('https://harbour-ledger.example/wire/2026/11/23/cod-quota');
    expect(wire.map((article) => article.paragraphs.length)).toEqual([3, 3, 4]);
  });

  it('undoes Markdown escapes and keeps italic outlet names', async () => {
    const budget = await articleAt({ file: BUDGET, paragraph: 1 });
    expect(budget.paragraphs[0]).toContain('close a $12 million gap');
    for (const file of MARKDOWN_FILES) {
      for (const paragraph of (await articleAt({ file, paragraph: 1 })).paragraphs) {
        expect(paragraph, file).not.toContain('\\$');
      }
    }
    const buses = await articleAt({ file: BUSES, paragraph: 1 });
    expect(buses.paragraphs[2]).toContain('*Calder Mercury*');
  });

  it('joins both halves of a page break into one paragraph', async () => {
    const survey = await articleAt({ file: MOULD_SURVEY, paragraph: 1 });
    expect(survey.paragraphs[4]).toMatch(/^“We have written .* Ms\. Okafor said\.$/);
    expect(survey.paragraphs[5]).toMatch(/^A spokesman for the city’s housing department/);
    for (const file of MARKDOWN_FILES) {
      for (const paragraph of (await articleAt({ file, paragraph: 1 })).paragraphs) {
        expect(
          paragraph,
          `${file}: a paragraph starting in lower case is half of a page break`,
        ).toMatch(/^\P{Ll}/u);
      }
    }
  });

  it('puts every quotation at its offsets: text is paragraph.slice(start, end)', async () => {
    for (const file of [...MARKDOWN_FILES, WIRE]) {
      for (const article of await articlesIn(file)) {
        for (const quotation of analyseArticle(article)) {
          const paragraph = article.paragraphs[quotation.paragraph - 1];
          expect(paragraph, `${file} ¶${quotation.paragraph}`).toBeDefined();
          expect(paragraph!.slice(quotation.start, quotation.end)).toBe(quotation.text);
        }
      }
    }
  });
});

describe('sample data: the whole folder', () => {
  let articles: Article[] = [];
  let quotations: Quotation[] = [];

  beforeAll(async () => {
    const loaded = await loadFolder(ARTICLES);
    expect(loaded.problems).toEqual([]);
    articles = loaded.articles;
    quotations = articles.flatMap((article) => analyseArticle(article));
  });

  it('loads all 19 articles', () => {
    expect(articles).toHaveLength(MARKDOWN_FILES.length + 3);
  });

  it('drops the repeated footer and keeps the paragraphs before it', () => {
    for (const article of articles) {
      for (const paragraph of article.paragraphs) {
        expect(paragraph, article.source).not.toContain('harbour-ledger.example/letters');
      }
    }
    const speech = articles.find((article) => article.source === STATE_OF_THE_CITY);
    expect(speech?.paragraphs).toHaveLength(11);
    expect(speech?.paragraphs.at(-1)).toMatch(/^The address ran to 52 minutes\./);
    expect(speech?.paragraphs).not.toContain(FOOTER);
  });

  it('finds both speakers of the same words', () => {
    const speakers = quotations
      .filter((q) => q.text.includes('We will still be here when the tide turns'))
      .map((q) => q.speaker);
    expect(new Set(speakers)).toEqual(new Set(['Desmond Whitlock', 'Ngozi Okafor']));
  });

  it('makes one Person of Elena Vasquez across her three articles and forms', () => {
    const people = buildPeople(quotations);
    const vasquez = people.find((person) => person.id === personId('Elena Vasquez'));
    expect(vasquez?.name).toBe('Elena Vasquez');
    expect(vasquez?.aliases).toContain('Vasquez');
    expect(people.filter((person) => /vasquez/i.test(person.name))).toHaveLength(1);

    const hers = quotations.filter((q) => q.speaker === 'Elena Vasquez' || q.speaker === 'Vasquez');
    const budget = articles.find((article) => article.source === BUDGET);
    expect(hers.some((q) => q.articleId === budget?.id)).toBe(true);
    expect(vasquez?.quoteCount).toBe(hers.length);
  });

  it.each([
    ['Ngozi Okafor', 'Okafor'],
    ['Desmond Whitlock', 'Whitlock'],
    ['Ines Halvorsen', 'Halvorsen'],
    ['Felix Aberline', 'Aberline'],
  ])('makes one Person of %s, with the alias %s', (name, surname) => {
    const people = buildPeople(quotations);
    const matching = people.filter((person) => person.name.includes(surname));
    expect(matching.map((person) => person.name)).toEqual([name]);
    expect(matching[0]!.aliases).toContain(surname);
    expect(matching[0]!.quoteCount).toBe(quotations.filter((q) => q.speaker === name).length);
  });
});
