/**
 * Reporting cues: the verbs and phrases with which news prose attributes words to someone.
 *
 * The list starts from the verbs of saying that PolNeAR's train split uses most often (said, says,
 * told, according to, added, wrote, noted, asked, reported, announced, tweeted, argued, explained,
 * declared, insisted, warned…) and adds their common synonyms. Every verb is listed with all its
 * forms, because news uses them all: "said Smith", "Smith says", "adding that", "has told".
 *
 * `speech` verbs introduce words (direct or reported); `naming` verbs (called, described as,
 * dubbed) introduce a short quoted phrase only, never a reported clause.
 */

import type { Token } from './tokens.js';
import type { Quotation } from './types.js';

export type CueForm = 'finite' | 'participle' | 'base';

export interface CueWord {
  lemma: string;
  /** The word as written, lower case: "said", "writing". */
  text: string;
  form: CueForm;
  /** True when the verb can also introduce reported speech ("said that …"). */
  reports: boolean;
  /** A verb of stance or finding whose object is the attributed content ("endorsed Sanders"). */
  content?: boolean;
  /** A naming verb whose content is its object and the quoted name it is given ("called X “Y”"). */
  names?: boolean;
  /** A verb whose content follows a preposition ("called for a ban", "talked about jobs"). */
  preposition?: string;
}

/** The forms of the verbs of the manner of speaking (MANNER_VERBS below), as in SPEECH_VERBS. */
const MANNER_VERB_FORMS: Array<[string, string, string, string]> = [
  ['muse', 'muses', 'mused', 'musing'],
  ['gush', 'gushes', 'gushed', 'gushing'],
  ['fume', 'fumes', 'fumed', 'fuming'],
  ['sniff', 'sniffs', 'sniffed', 'sniffing'],
  ['crow', 'crows', 'crowed', 'crowing'],
  ['huff', 'huffs', 'huffed', 'huffing'],
  ['sigh', 'sighs', 'sighed', 'sighing'],
  ['enthuse', 'enthuses', 'enthused', 'enthusing'],
  ['marvel', 'marvels', 'marveled', 'marveling'],
  ['marvel', 'marvels', 'marvelled', 'marvelling'], // British spelling
];

/** [base, third person, past, present participle]; the past form serves as past participle. */
const SPEECH_VERBS: Array<[string, string, string, string]> = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'writing'],
  ['add', 'adds', 'added', 'adding'],
  ['state', 'states', 'stated', 'stating'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['post', 'posts', 'posted', 'posting'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['warn', 'warns', 'warned', 'warning'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['note', 'notes', 'noted', 'noting'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['report', 'reports', 'reported', 'reporting'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['continue', 'continues', 'continued', 'continuing'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['reply', 'replies', 'replied', 'replying'],
  ['answer', 'answers', 'answered', 'answering'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['scoff', 'scoffs', 'scoffed', 'scoffing'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['opine', 'opines', 'opined', 'opining'],
  ['grouse', 'grouses', 'groused', 'grousing'],
  ['respond', 'responds', 'responded', 'responding'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['observe', 'observes', 'observed', 'observing'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['promise', 'promises', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['charge', 'charges', 'charged', 'charging'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['contend', 'contends', 'contended', 'contending'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['urge', 'urges', 'urged', 'urging'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['counter', 'counters', 'countered', 'countering'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['ask', 'asks', 'asked', 'asking'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['tout', 'touts', 'touted', 'touting'],
  ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['yell', 'yells', 'yelled', 'yelling'],
  ['chant', 'chants', 'chanted', 'chanting'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['mutter', 'mutters', 'muttered', 'muttering'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['indicate', 'indicates', 'indicated', 'indicating'],
  ['read', 'reads', 'read', 'reading'],
  ['believe', 'believes', 'believed', 'believing'],
  ['think', 'thinks', 'thought', 'thinking'],
  ['describe', 'describes', 'described', 'describing'],
  ['call', 'calls', 'called', 'calling'],
  ['dub', 'dubs', 'dubbed', 'dubbing'],
  ['denounce', 'denounces', 'denounced', 'denouncing'],
  ['label', 'labels', 'labeled', 'labeling'],
  ['brand', 'brands', 'branded', 'branding'],
  ['praise', 'praises', 'praised', 'praising'],
  ['blast', 'blasts', 'blasted', 'blasting'],
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['cite', 'cites', 'cited', 'citing'],
  ['assure', 'assures', 'assured', 'assuring'],
  ['wonder', 'wonders', 'wondered', 'wondering'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['imply', 'implies', 'implied', 'implying'],
  ['interject', 'interjects', 'interjected', 'interjecting'],
  ['bark', 'barks', 'barked', 'barking'],
  ['email', 'emails', 'emailed', 'emailing'],
  ['text', 'texts', 'texted', 'texting'],
  ['retweet', 'retweets', 'retweeted', 'retweeting'],
  ['question', 'questions', 'questioned', 'questioning'],
  ['hint', 'hints', 'hinted', 'hinting'],
  ['scream', 'screams', 'screamed', 'screaming'],
  ['brag', 'brags', 'bragged', 'bragging'],
  ['mock', 'mocks', 'mocked', 'mocking'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['ridicule', 'ridicules', 'ridiculed', 'ridiculing'],
  ...MANNER_VERB_FORMS,
];

/**
 * Verbs of the manner of speaking ("“…,” sniffed Hale", "Benton fumed, “…”"). They introduce
 * quotations beside them, but report a clause only after "that" and a subject: "sniffing glue"
 * and "gushed forth" report nothing.
 */
export const MANNER_VERBS = new Set(MANNER_VERB_FORMS.map(([base]) => base));

/** Verbs that only introduce a quoted phrase ("called it “a disgrace”"), never a reported clause. */
const NAMING_VERBS = new Set([
  'describe',
  'call',
  'dub',
  'denounce',
  'label',
  'brand',
  'praise',
  'blast',
  'mock',
  'slam',
  'ridicule',
  'criticize',
  'cite',
  'read',
  'continue',
]);

/** Verbs of belief are reported speech in PolNeAR's sense but never introduce a direct quotation alone. */
const BELIEF_VERBS = new Set(['believe', 'think']);

const CUE_WORDS = new Map<string, CueWord>();
for (const [base, third, past, participle] of SPEECH_VERBS) {
  const reports = !NAMING_VERBS.has(base);
  CUE_WORDS.set(base, { lemma: base, text: base, form: 'base', reports });
  CUE_WORDS.set(third, { lemma: base, text: third, form: 'finite', reports });
  CUE_WORDS.set(past, { lemma: base, text: past, form: 'finite', reports });
  CUE_WORDS.set(participle, { lemma: base, text: participle, form: 'participle', reports });
}

/** The token after a cue that starts at token c: "shot back Smith" reads its speaker at "Smith". */
export function cueEnd(c: number, cue: CueWord): number {
  return c + cue.text.split(' ').length;
}

/** Looks up a lower-cased word. */
export function cueWord(word: string): CueWord | undefined {
  return CUE_WORDS.get(word);
}

/**
 * The past verb of speech at token i when it opens a sentence (nothing, or ".", "!" or "?",
 * before it): "Said Dorothy Poynter, …", "Stated Stone:".
 */
export function openingPastVerb(tokens: Token[], i: number): CueWord | undefined {
  const before = tokens[i - 1];
  if (before && !(before.kind === 'punct' && /^[.!?]$/.test(before.text))) return undefined;
  const cue = cueWord(tokens[i]!.lower);
  return cue && cue.form === 'finite' && !/s$/.test(cue.text) ? cue : undefined;
}

/**
 * Verbs that report speech only with their particle: "pointed out", "as she put it", "shot back".
 * They introduce a quotation beside them, never a reported clause (the particle stands between).
 */
const PHRASAL_CUES = new Map<string, [string, string]>([
  ['point', ['out', 'point out']],
  ['points', ['out', 'point out']],
  ['pointed', ['out', 'point out']],
  ['pointing', ['out', 'point out']],
  ['put', ['it', 'put it']],
  ['puts', ['it', 'put it']],
  ['putting', ['it', 'put it']],
  ['shot', ['back', 'shoot back']],
  ['shoots', ['back', 'shoot back']],
  ['fired', ['back', 'fire back']],
  ['fires', ['back', 'fire back']],
  ['hit', ['back', 'hit back']],
  ['hits', ['back', 'hit back']],
  // "“You know, it happens, right?” Trump went on.", "her husband cut in", "Lee chimed in".
  ['went', ['on', 'go on']],
  ['goes', ['on', 'go on']],
  ['cut', ['in', 'cut in']],
  ['cuts', ['in', 'cut in']],
  ['chimed', ['in', 'chime in']],
  ['chimes', ['in', 'chime in']],
]);

/**
 * Particles that make a verb of speech only where the clause ends with them: "Trump went on.",
 * "her husband cut in:", but not "went on a 15-day strike" or "cut in half".
 */
const CLOSING_PARTICLES = new Set(['on', 'in']);

/**
 * Whether the clause ends right after the particle of the verb at i ("Trump went on.", "Lee cut
 * in, “…”"), and is no clause of time ("As the night went on, “…,” one witness said"). An opening
 * quotation after it is its object: "went on “Jimmy Kimmel Live!”".
 */
function closesClause(tokens: Token[], i: number): boolean {
  const after = tokens[i + 2];
  if (after && after.kind !== 'punct') return false;
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') break;
    if (TIME_CLAUSE_WORDS.has(token.lower)) return false;
  }
  return true;
}

const TIME_CLAUSE_WORDS = new Set(['as', 'while', 'when', 'until', 'after', 'before', 'since']);

/** The phrasal cue made of the lower-cased word at i and the next one, if they make one. */
export function phrasalCue(tokens: Token[], i: number): CueWord | undefined {
  const word = tokens[i]!.lower;
  const next = tokens[i + 1]?.lower;
  const entry = PHRASAL_CUES.get(word);
  if (!entry || entry[0] !== next) return undefined;
  if (CLOSING_PARTICLES.has(entry[0]) && !closesClause(tokens, i)) return undefined;
  const form: CueForm = /ing$/.test(word) ? 'participle' : word === 'point' ? 'base' : 'finite';
  return { lemma: entry[1], text: `${word} ${next}`, form, reports: false };
}

export function isBeliefVerb(lemma: string): boolean {
  return BELIEF_VERBS.has(lemma);
}

/**
 * Base forms that are far more often nouns or other verbs in news than verbs of saying
 * ("a post", "the report", "the state", "a note"). They count as cues only after a subject
 * that makes them verbs ("they say", "I think"), which the caller checks.
 */
export const AMBIGUOUS_BASES = new Set([
  'post',
  'report',
  'state',
  'note',
  'claim',
  'charge',
  'read',
  'counter',
  'promise',
  'call',
  'add',
  'text',
  'email',
  'question',
  'demand',
  // The verbs of manner are nouns too ("a sigh", "the crows"), all but "enthuse".
  ...[...MANNER_VERBS].filter((verb) => verb !== 'enthuse'),
]);

/**
 * Verbs that attribute a stance, a finding or an intention rather than words: "Sanders wants a
 * vast expansion …", "a poll found that …", "the governor endorsed her". PolNeAR annotates their
 * object or clause as the attributed content. They never introduce a direct quotation, so they are
 * read only for reported speech, and only with a subject right before them.
 */
const CONTENT_VERBS: Array<[string, string, string, string]> = [
  ['show', 'shows', 'showed', 'shown'],
  ['find', 'finds', 'found', 'found'],
  ['want', 'wants', 'wanted', 'wanted'],
  ['support', 'supports', 'supported', 'supported'],
  ['endorse', 'endorses', 'endorsed', 'endorsed'],
  ['defend', 'defends', 'defended', 'defended'],
  ['accuse', 'accuses', 'accused', 'accused'],
  ['agree', 'agrees', 'agreed', 'agreed'],
  ['propose', 'proposes', 'proposed', 'proposed'],
  ['hope', 'hopes', 'hoped', 'hoped'],
  ['oppose', 'opposes', 'opposed', 'opposed'],
  ['reveal', 'reveals', 'revealed', 'revealed'],
  ['seek', 'seeks', 'sought', 'sought'],
  ['fear', 'fears', 'feared', 'feared'],
  ['back', 'backs', 'backed', 'backed'],
  ['reject', 'rejects', 'rejected', 'rejected'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissed'],
  ['express', 'expresses', 'expressed', 'expressed'],
  ['plan', 'plans', 'planned', 'planned'],
  ['refuse', 'refuses', 'refused', 'refused'],
  ['decline', 'declines', 'declined', 'declined'],
  ['know', 'knows', 'knew', 'known'],
  ['see', 'sees', 'saw', 'seen'],
  ['expect', 'expects', 'expected', 'expected'],
  ['blame', 'blames', 'blamed', 'blamed'],
  ['feel', 'feels', 'felt', 'felt'],
  ['consider', 'considers', 'considered', 'considered'],
  ['decide', 'decides', 'decided', 'decided'],
  ['attack', 'attacks', 'attacked', 'attacked'],
  ['order', 'orders', 'ordered', 'ordered'],
  ['view', 'views', 'viewed', 'viewed'],
  ['doubt', 'doubts', 'doubted', 'doubted'],
  ['worry', 'worries', 'worried', 'worried'],
  ['welcome', 'welcomes', 'welcomed', 'welcomed'],
  ['challenge', 'challenges', 'challenged', 'challenged'],
  ['estimate', 'estimates', 'estimated', 'estimated'],
  ['recommend', 'recommends', 'recommended', 'recommended'],
  ['favor', 'favors', 'favored', 'favored'],
  ['prefer', 'prefers', 'preferred', 'preferred'],
];
/** Naming verbs whose object is also attributed content: "criticized Clinton for …". */
const NAMING_CONTENT = new Set(['criticize', 'praise', 'blast', 'denounce', 'cite']);
/**
 * "Clinton called half of Trump’s supporters “deplorables”": the content is the object with the
 * quoted name it is given, which PolNeAR annotates as one attribution. Without quoted words
 * ("called Clinton on Monday") these verbs name nothing.
 */
const NAMING_OBJECT = new Set(['call', 'describe', 'dub', 'label', 'brand']);

const CONTENT_WORDS = new Map<string, CueWord>();
for (const [base, third, past, perfect] of CONTENT_VERBS) {
  CONTENT_WORDS.set(base, { lemma: base, text: base, form: 'base', reports: true, content: true });
  for (const word of [third, past, perfect])
    CONTENT_WORDS.set(word, {
      lemma: base,
      text: word,
      form: 'finite',
      reports: true,
      content: true,
    });
}

/**
 * Verbs whose content is the phrase after a preposition, as PolNeAR annotates it: "called for a
 * temporary ban", "talked about the state's drug crisis", "pointed to Cruz's organisation".
 */
const PREPOSITIONAL_VERBS: Array<[string, string, string, string, string[]]> = [
  ['call', 'calls', 'called', 'calling', ['for', 'on']],
  ['talk', 'talks', 'talked', 'talking', ['about']],
  ['speak', 'speaks', 'spoke', 'speaking', ['about']],
  ['point', 'points', 'pointed', 'pointing', ['to']],
  ['refer', 'refers', 'referred', 'referring', ['to']],
  ['ask', 'asks', 'asked', 'asking', ['about', 'for']],
  ['focus', 'focuses', 'focused', 'focusing', ['on']],
  ['warn', 'warns', 'warned', 'warning', ['of', 'about']],
  ['complain', 'complains', 'complained', 'complaining', ['about']],
  ['argue', 'argues', 'argued', 'arguing', ['for', 'against']],
  ['comment', 'comments', 'commented', 'commenting', ['on']],
];

/** By the verb's word, then its preposition: "called" → "for". */
const PREPOSITIONAL_WORDS = new Map<string, Map<string, CueWord>>();
for (const [base, third, past, participle, prepositions] of PREPOSITIONAL_VERBS) {
  const forms: Array<[string, CueForm]> = [
    [base, 'base'],
    [third, 'finite'],
    [past, 'finite'],
    [participle, 'participle'],
  ];
  for (const [word, form] of forms) {
    const byPreposition = new Map<string, CueWord>();
    for (const preposition of prepositions)
      byPreposition.set(preposition, {
        lemma: `${base} ${preposition}`,
        text: `${word} ${preposition}`,
        form,
        reports: true,
        content: true,
        preposition,
      });
    PREPOSITIONAL_WORDS.set(word, byPreposition);
  }
}

/** The verb at a lower-cased word with its preposition after it ("called for"), if one. */
export function prepositionalVerb(word: string, next: string | undefined): CueWord | undefined {
  return next === undefined ? undefined : PREPOSITIONAL_WORDS.get(word)?.get(next);
}

/** The content verb a lower-cased word is, or a naming verb read as one. */
export function contentVerb(word: string): CueWord | undefined {
  const found = CONTENT_WORDS.get(word);
  if (found) return found;
  const naming = CUE_WORDS.get(word);
  if (naming && naming.form !== 'participle' && NAMING_CONTENT.has(naming.lemma))
    return { ...naming, reports: true, content: true };
  if (naming && naming.form !== 'participle' && NAMING_OBJECT.has(naming.lemma))
    return { ...naming, reports: true, content: true, names: true };
  return undefined;
}

/**
 * Whether a quotation gives someone's words. The analyser also attributes stances, findings and
 * beliefs the way PolNeAR annotates them ("Kerry has supported the war …", "a poll found …", "she
 * thinks …"), which `quotes --json` reports; but the archive answers who said what, and "Kerry:
 * the war on Iraq and the USA PATRIOT Act" would put words in a mouth. Quoted words stay, whatever
 * the verb.
 */
export function givesWords(quotation: Pick<Quotation, 'direct' | 'cue'>): boolean {
  if (quotation.direct) return true;
  const words = (quotation.cue ?? '').toLowerCase().split(/\s+/);
  const verb = words.pop() ?? '';
  if (contentVerb(verb)) return false;
  if (prepositionalVerb(words.pop() ?? '', verb)) return false;
  const cue = cueWord(verb);
  return !(cue && isBeliefVerb(cue.lemma));
}
