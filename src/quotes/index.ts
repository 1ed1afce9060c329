export { analyseArticle, type AnalyseOptions } from './analyse.js';
export { buildPeople, personId } from './people.js';
export { givesWords } from './cues.js';
export { attributionUnits } from './units.js';
export type { Person, Quotation } from './types.js';
