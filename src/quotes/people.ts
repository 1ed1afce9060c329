/**
 * People across the archive: one Person per full name, with the aliases readers type
 * ("Kishore", "Mr. Kishore") and the roles articles give. Aliases are forms the articles use, plus
 * the surname: a title is not invented ("Mrs. Vasquez" for a mayor only ever called "Mayor
 * Vasquez"), since lookups ignore a leading title anyway.
 */
import type { Person, Quotation } from './types.js';

/** Lower-cased full name with single spaces: stable and readable. */
export function personId(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

interface Draft {
  name: string;
  aliases: Set<string>;
  /** Each role with how many quotations give it. */
  roles: Map<string, number>;
  quoteCount: number;
}

/**
 * Groups quotations by speaker. A one-word speaker ("Kishore", from an article that never gives the
 * full name) joins the full name in the archive that ends with it when there is one, or when one of
 * several is far more quoted than the rest (see DOMINANT_NAME_RATIO); otherwise it stays apart.
 */
export function buildPeople(quotations: Iterable<Quotation>): Person[] {
  const drafts = new Map<string, Draft>();
  for (const q of quotations) {
    if (!q.speaker) continue;
    const id = personId(q.speaker);
    let draft = drafts.get(id);
    if (!draft) {
      draft = {
        name: q.speaker.trim().replace(/\s+/g, ' '),
        aliases: new Set(),
        roles: new Map(),
        quoteCount: 0,
      };
      drafts.set(id, draft);
    }
    draft.quoteCount++;
    if (q.role) draft.roles.set(q.role, (draft.roles.get(q.role) ?? 0) + 1);
    if (q.mention && isNameMention(q.mention, draft.name)) draft.aliases.add(q.mention);
  }
  mergeSingleWordNames(drafts);
  const people: Person[] = [];
  for (const [id, draft] of drafts) {
    for (const alias of nameParts(draft.name)) draft.aliases.add(alias);
    draft.aliases.delete(draft.name);
    people.push({
      id,
      name: draft.name,
      aliases: [...draft.aliases].sort(),
      // Most often given first: a reply that shows one role shows the one the articles agree on.
      roles: [...draft.roles]
        .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
        .map(([role]) => role),
      quoteCount: draft.quoteCount,
    });
  }
  return people.sort((a, b) => b.quoteCount - a.quoteCount || a.id.localeCompare(b.id));
}

/**
 * A mention is an alias when it is made of the name's words, maybe after a title: "Mr. Sanders";
 * not a phrase that only ends with the name ("order, Sen. John Kerry").
 */
function isNameMention(mention: string, name: string): boolean {
  if (mention.includes(',') || !/^\p{Lu}/u.test(mention)) return false;
  const words = mention.split(/\s+/);
  const nameWords = new Set(name.split(' '));
  const last = words[words.length - 1];
  return words.length <= 4 && last !== undefined && nameWords.has(last.replace(/[’']s$/, ''));
}

/** "Charles Q. Brown" → "Brown", "Charles Brown". */
function nameParts(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  const parts = [last];
  const withoutInitials = words.filter((w) => !/^\p{Lu}\.$/u.test(w));
  if (withoutInitials.length !== words.length && withoutInitials.length >= 2)
    parts.push(withoutInitials.join(' '));
  return parts;
}

/**
 * How many times more quotations the leading full name must have than the next one ending with the
 * same word before a one-word speaker joins it. A bare "Kerry" in an archive where "John Kerry" has
 * hundreds of quotations and every other Kerry a handful is almost surely him; at ten to one, a wrong
 * join would misfile at most about one bare quotation in eleven, and names of comparable standing
 * ("Bill Clinton" and "Hillary Clinton", "George W. Bush" and "George Bush") keep the word apart.
 */
const DOMINANT_NAME_RATIO = 10;

/**
 * A one-word speaker joins the full name ending with it when that name is the only one, or is quoted
 * at least DOMINANT_NAME_RATIO times as often as every other; otherwise it stays apart.
 */
function mergeSingleWordNames(drafts: Map<string, Draft>): void {
  const fullByLast = new Map<string, Draft[]>();
  for (const draft of drafts.values()) {
    const words = draft.name.split(' ');
    if (words.length < 2) continue;
    const key = personId(words[words.length - 1]!);
    fullByLast.set(key, [...(fullByLast.get(key) ?? []), draft]);
  }
  for (const [id, draft] of drafts) {
    if (draft.name.includes(' ')) continue;
    const target = dominantName(fullByLast.get(id) ?? []);
    if (!target) continue;
    target.quoteCount += draft.quoteCount;
    for (const [role, count] of draft.roles)
      target.roles.set(role, (target.roles.get(role) ?? 0) + count);
    for (const alias of draft.aliases) target.aliases.add(alias);
    drafts.delete(id);
  }
}

/** The full name quoted far more than any other in the list, if one is. */
function dominantName(candidates: readonly Draft[]): Draft | null {
  const [first, second] = [...candidates].sort((a, b) => b.quoteCount - a.quoteCount);
  if (!first) return null;
  if (second && first.quoteCount < DOMINANT_NAME_RATIO * second.quoteCount) return null;
  return first;
}
