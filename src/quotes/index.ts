export { analyseArticle, type AnalyseOptions } from './analyse.js';
export { buildPeople, personId } from './people.js';
export type { Person, Quotation } from './types.js';
