/**
 * Word lists for telling names from titles, roles and organisations, and for guessing gender.
 * They are small on purpose: each entry is common in English-language news, and each list is
 * used for one decision only.
 */

export type Gender = 'male' | 'female';

/** Titles and role words that can stand before a name but are not part of it. */
export const TITLE_WORDS = new Set(
  [
    'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sen', 'sen.', 'senator', 'rep', 'rep.',
    'representative', 'gov', 'gov.', 'governor', 'gen', 'gen.', 'general', 'president', 'vice', 'secretary',
    'chairman', 'chairwoman', 'chair', 'chief', 'chiefs', 'staff', 'director', 'mayor', 'judge', 'justice',
    'speaker', 'leader', 'minister', 'prime', 'ambassador', 'commissioner', 'attorney', 'congressman',
    'congresswoman', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman', 'inspector', 'detective', 'superintendent', 'prof', 'prof.', 'professor', 'rev', 'rev.', 'reverend',
    'pastor', 'father', 'sister', 'lt', 'lt.', 'col', 'col.', 'colonel', 'sgt', 'sgt.', 'sergeant', 'capt',
    'capt.', 'captain', 'adm', 'adm.', 'admiral', 'candidate', 'spokesman', 'spokeswoman', 'former', 'lady',
    'ceo', 'pope', 'king', 'queen', 'prince', 'princess', 'sheriff', 'officer', 'pres.', 'sir', 'dame', 'lord',
    'nominee', 'hopeful', 'frontrunner', 'front-runner', 'strategist', 'pollster', 'adviser', 'advisor',
    'economist', 'analyst', 'activist', 'author', 'host', 'anchor', 'columnist', 'correspondent', 'reporter',
    'editor', 'founder', 'manager', 'chairperson', 'lawmaker', 'trooper', 'mogul', 'billionaire', 'businessman',
    'businesswoman', 'majority', 'minority', 'whip', 'deputy', 'assistant', 'press', 'communications',
    'campaign', 'state', 'u.s.', 'us', 'republican', 'democrat', 'democratic', 'gop', 'independent',
    'libertarian', 'socialist', 'green', 'conservative', 'liberal', 'texas', 'florida', 'ohio', 'new',
    'sens.', 'reps.', 'govs.', 'first', 'joint', 'defense', 'house', 'senate', 'white',
  ].map((w) => w.toLowerCase()),
);

/** Titles that stand directly before a name and belong to how the sentence names someone: "Mr. Sanders". */
export const NAME_TITLES = new Set([
  'mr.', 'mrs.', 'ms.', 'miss', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'adm.',
  'prof.', 'rev.', 'president', 'senator', 'governor', 'general', 'judge', 'justice', 'mayor', 'secretary',
  'speaker', 'sir', 'dame', 'lord', 'pope', 'king', 'queen', 'prince', 'princess', 'sheriff', 'professor',
  'pastor', 'father', 'sister', 'reverend', 'ambassador', 'commissioner', 'congressman', 'congresswoman',
  'councillor', 'councilor', 'alderman', 'inspector', 'detective',
]);

/** Titles that carry gender. */
export const GENDERED_TITLES = new Map<string, Gender>([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['father', 'male'], ['congressman', 'male'], ['chairman', 'male'], ['spokesman', 'male'],
  ['businessman', 'male'], ['councilman', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'],
  ['dame', 'female'], ['queen', 'female'], ['princess', 'female'], ['sister', 'female'], ['lady', 'female'],
  ['congresswoman', 'female'], ['chairwoman', 'female'], ['spokeswoman', 'female'],
  ['businesswoman', 'female'], ['councilwoman', 'female'],
]);

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORGANISATION_WORDS = new Set(
  [
    'times', 'post', 'journal', 'news', 'press', 'tribune', 'herald', 'gazette', 'magazine', 'reuters',
    'associated', 'cnn', 'nbc', 'abc', 'cbs', 'msnbc', 'fox', 'politico', 'breitbart', 'guardian', 'economist',
    'bloomberg', 'telegraph', 'wire', 'daily', 'review', 'atlantic', 'network', 'radio', 'television', 'tv',
    'pentagon', 'kremlin', 'department', 'ministry', 'committee', 'party', 'campaign', 'association', 'union',
    'council', 'agency', 'office', 'court', 'university', 'college', 'institute', 'foundation', 'center',
    'centre', 'inc', 'inc.', 'corp', 'corp.', 'company', 'group', 'bank', 'board', 'commission', 'administration',
    'government', 'congress', 'senate', 'parliament', 'police', 'army', 'navy', 'fund', 'pac', 'coalition',
    'alliance', 'federation', 'organization', 'organisation', 'service', 'bureau', 'house', 'nato', 'fbi', 'cia',
    'un', 'eu', 'gop', 'rnc', 'dnc', 'project', 'poll', 'survey', 'report', 'study', 'court', 'wsws', 'x',
    'twitter', 'facebook', 'statement', 'authority', 'authorities', 'trust', 'council', 'society', 'club', 'league', 'lab', 'laboratory', 'hospital', 'school', 'church', 'museum', 'coastguard', 'guard', 'mercury', 'ledger', 'chronicle', 'observer', 'courier', 'examiner',
  ],
);

/** Organisations that publish news: "the paper" and "the newspaper" refer to one of them. */
export const MEDIA_WORDS = new Set([
  'times', 'post', 'journal', 'news', 'press', 'tribune', 'herald', 'gazette', 'magazine', 'reuters', 'cnn',
  'nbc', 'abc', 'cbs', 'msnbc', 'fox', 'politico', 'breitbart', 'guardian', 'economist', 'bloomberg',
  'telegraph', 'wire', 'daily', 'review', 'atlantic', 'network', 'radio', 'television', 'tv', 'wsws',
  'mercury', 'ledger', 'chronicle', 'observer', 'courier', 'examiner',
]);

/** Common nouns by which news refers back to someone already named: "the spokeswoman said". */
export const ROLE_NOUNS = new Set([
  'paper', 'newspaper', 'outlet', 'magazine', 'network', 'agency', 'spokesman', 'spokeswoman', 'spokesperson',
  'campaign', 'official', 'officials', 'statement', 'report', 'senator', 'candidate', 'president', 'governor',
  'congressman', 'congresswoman', 'lawmaker', 'mayor', 'report', 'aide', 'adviser', 'advisor', 'businessman',
  'billionaire', 'general', 'secretary', 'chairman', 'chairwoman', 'pollster', 'strategist', 'group',
  'organization', 'committee', 'department', 'ministry', 'company', 'union', 'court', 'judge', 'lawyer',
  'attorney', 'analyst', 'economist', 'researchers', 'study', 'survey', 'poll', 'article', 'editorial',
  'nominee', 'frontrunner', 'front-runner', 'mogul', 'leader', 'source', 'sources', 'spokesmen',
  'white', 'administration', 'government', 'party', 'senators', 'democrats', 'republicans', 'voters',
  'woman', 'man', 'activist', 'protester', 'worker', 'workers', 'resident', 'residents', 'supporters',
  'supporter', 'critics', 'experts', 'expert', 'observers', 'people', 'member', 'members', 'tweet', 'post',
]);

/** Role nouns whose referent is a news organisation. */
export const MEDIA_ROLE_NOUNS = new Set(['paper', 'newspaper', 'outlet', 'magazine', 'network']);

/** Capitalised words that start sentences or name dates but never people. */
export const NOT_NAME_WORDS = new Set(
  [
    'the', 'a', 'an', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'if', 'as', 'this', 'that', 'these', 'those',
    'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'its', 'there', 'here',
    'when', 'while', 'after', 'before', 'since', 'with', 'without', 'by', 'from', 'to', 'of', 'so', 'yet',
    'still', 'also', 'even', 'then', 'now', 'what', 'who', 'why', 'how', 'where', 'which', 'not', 'no', 'yes',
    'asked', 'according', 'meanwhile', 'however', 'although', 'though', 'because', 'during', 'under', 'over',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
    'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'last', 'next', 'earlier', 'later', 'one', 'two', 'many', 'some', 'all', 'most', 'both', 'each', 'every',
    'such', 'another', 'other', 'just', 'only', 'indeed', 'instead', 'like', 'unlike', 'among', 'about',
    'following', 'despite', 'through', 'into', 'up', 'out', 'do', 'does', 'did', 'is', 'was', 'are', 'were',
    'be', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'said',
    'says', 'told', 'wrote', 'full', 'text', 'abstract', 'update', 'updated', 'photo', 'video', 'read',
  ],
);

/** Words that may stand inside a name in lower case: "Charles de Gaulle", "Ludwig van Beethoven". */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'al', 'ibn']);

export const PRONOUNS = new Map<string, Gender | 'plural' | 'neutral' | 'self'>([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'neutral'],
  ['i', 'self'],
  ['we', 'self'],
]);

/** Adverbs and auxiliaries that may stand between a subject and its reporting verb. */
export const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also', 'later', 'then', 'again', 'recently', 'previously', 'once', 'last', 'has', 'have', 'had', 'was', 'is',
  'were', 'are', 'would', 'will', 'had', 'reportedly', 'repeatedly', 'often', 'further', 'simply', 'only',
  'just', 'even', 'never', 'ever', 'already', 'publicly', 'privately', 'flatly', 'bluntly', 'quickly',
  'frequently', 'first', 'earlier', 'since', 'long', 'both', 'all', 'then-', 'famously', 'once', 'has',
  'allegedly', 'apparently', 'clearly', 'subsequently', 'similarly', 'likewise', 'himself', 'herself',
  'themselves', 'not', 'did', 'does', 'do', 'may', 'might', 'could', 'should', 'can', 'had', 'being', 'been',
  'be', 'still', 'immediately', 'finally', 'initially', 'originally', 'angrily', 'sharply', 'openly',
]);

const MALE_NAMES =
  'aaron adam al alan albert alex alexander alexei andrew anthony antonin ari arthur barack ben benjamin bernie bill billy bob bobby brad brandon brian bruce carl carlos charles charlie chris christopher chuck cornel corey craig dan daniel darrell dave david dennis dick don donald doug douglas ed eddie edward elijah eric frank fred gary george gerald glenn greg gregory harry henry howard ian jack jacob jake james jared jason jeb jeff jeffrey jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan justin keith ken kenneth kevin kyle lance larry lawrence lee lindsey lou luis marco mark martin matt matthew max michael mike mitch mitt newt nick nicholas paul peter phil philip ralph randy rand reince richard rick rob robert roger ron ronald roy rudy russell ryan sam samuel scott sean sergei stephen steve steven ted terry thomas tim timothy todd tom tony vladimir walter wayne william xi yuri zach'.split(
    ' ',
  );
const FEMALE_NAMES =
  'abby alexandria alice alicia alison amanda amy ana andrea angela ann anna anne barbara betsy betty beverly brenda carly carol caroline catherine cathy charlotte cheryl christina christine claire cynthia dana deborah debbie debra diana diane donna dorothy elaine elizabeth ellen emily emma erin eva evelyn gina gloria hannah heather helen hillary huma ivanka jane janet janice jean jennifer jessica jill joan joanne joni julia julie karen kate katherine kathleen kathy kay kelly kellyanne kimberly kristen laura lauren linda lisa lois loretta lori louise lynn madeleine margaret maria marie marilyn martha mary megan megyn melania melissa michelle nancy natalie nicole nikki nina olivia pam pamela patricia patty paula rachel rashida rebecca rose ruth sandra sara sarah sharon shirley sophia stephanie susan susana tammy teresa theresa tulsi valerie victoria virginia wendy'.split(
    ' ',
  );
const FIRST_NAME_GENDER = new Map<string, Gender>();
for (const name of MALE_NAMES) FIRST_NAME_GENDER.set(name, 'male');
for (const name of FEMALE_NAMES) FIRST_NAME_GENDER.set(name, 'female');

export function firstNameGender(word: string): Gender | undefined {
  return FIRST_NAME_GENDER.get(word.toLowerCase());
}

/** "Trump’s" → "Trump". */
export function stripPossessive(word: string): string {
  return word.replace(/[’']s?$/, '');
}
