/** Which command answers a plain-language question, with its arguments. Pure: no Discord, no archive. */
export type RoutedQuestion =
  | { command: 'whosaid'; phrase: string }
  | { command: 'quotes'; person: string; topic?: string }
  | { command: 'articles'; date: string }
  | { command: 'search'; query: string };

const SAY =
  '(?:say|said|says|saying|write|wrote|writes|state|stated|claim|claimed|tweet|tweeted|think|thinks|thought)';
const WHO_SAID = new RegExp(
  `^who\\s+(?:has\\s+|had\\s+|first\\s+)?${SAY}\\s+(?:that\\s+)?(.+)$`,
  'i',
);
const WHAT_DID = new RegExp(
  `^(?:what|how)\\s+(?:did|does|do|has|have|had)\\s+(.+?)\\s+${SAY}(?:\\s+(?:about|on|regarding|of)\\s+(.+))?$`,
  'i',
);
const QUOTES_BY =
  /^(?:show\s+(?:me\s+)?)?(?:quotes|quotations|statements)\s+(?:by|from|of)\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/i;
const ARTICLES =
  /^(?:(?:show\s+(?:me\s+)?|list\s+|any\s+)?(?:the\s+)?(?:articles|news|stories|posts)|what\s+was\s+(?:published|written))\s+(?:(?:published|written|from|on|in|for|during|of|dated)\s+)*(.+)$/i;

/** Trims spaces, a final "?" or "." and one pair of surrounding quote marks. */
function clean(text: string): string {
  let out = text
    .trim()
    .replace(/[?.!]+$/, '')
    .trim();
  const quoted = /^["“”‘’'«](.*)["“”‘’'»]$/s.exec(out);
  if (quoted?.[1]) out = quoted[1].trim();
  return out;
}

export function routeQuestion(text: string): RoutedQuestion {
  const question = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[?!.]+$/, '')
    .trim();
  const who = WHO_SAID.exec(question);
  if (who?.[1] && clean(who[1])) return { command: 'whosaid', phrase: clean(who[1]) };
  const what = WHAT_DID.exec(question) ?? QUOTES_BY.exec(question);
  if (what?.[1]) {
    const person = clean(what[1]).replace(/^(?:mr|mrs|ms|dr)\.?\s+/i, '');
    const topic = what[2] ? clean(what[2]) : undefined;
    if (person) return topic ? { command: 'quotes', person, topic } : { command: 'quotes', person };
  }
  const articles = ARTICLES.exec(question);
  if (articles?.[1] && clean(articles[1])) return { command: 'articles', date: clean(articles[1]) };
  return { command: 'search', query: clean(question) || text.trim() };
}
