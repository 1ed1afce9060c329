import { describe, expect, it } from 'vitest';
import { buildPeople, personId } from '../../src/quotes/index.js';
import type { Quotation } from '../../src/quotes/types.js';

function q(speaker: string | null, mention: string | null, role: string | null = null): Quotation {
  return {
    articleId: 'a',
    paragraph: 1,
    text: 'x',
    speaker,
    role,
    mention,
    cue: 'said',
    direct: true,
    start: 0,
    end: 1,
  };
}

describe('buildPeople', () => {
  it('makes one Person per full name with aliases, roles and counts', () => {
    const people = buildPeople([
      q('Joseph Kishore', 'Joseph Kishore', 'Socialist Equality Party candidate for US president'),
      q('Joseph Kishore', 'Kishore'),
      q('Joseph  Kishore', 'Mr. Kishore'),
      q('Jill Stein', 'she'),
      q(null, 'they'),
    ]);
    expect(people.map((p) => p.name)).toEqual(['Joseph Kishore', 'Jill Stein']);
    const kishore = people[0]!;
    expect(kishore.id).toBe('joseph kishore');
    expect(kishore.quoteCount).toBe(3);
    expect(kishore.aliases).toContain('Kishore');
    expect(kishore.aliases).toContain('Mr. Kishore');
    expect(kishore.roles).toEqual(['Socialist Equality Party candidate for US president']);
    expect(people[1]!.aliases).not.toContain('she');
  });

  it('lists the role most quotations give first, and no phrase that only ends with the name', () => {
    const [brenner] = buildPeople([
      q('Hal Brenner', 'Hal Brenner', 'debate'),
      q('Hal Brenner', 'order, Councillor Hal Brenner', 'councillor'),
      q('Hal Brenner', 'Councillor Brenner', 'councillor'),
      q('Hal Brenner', 'programs, Brenner', 'councillor'),
    ]);
    expect(brenner!.roles).toEqual(['councillor', 'debate']);
    expect(brenner!.aliases).toEqual(['Brenner', 'Councillor Brenner']);
  });

  it('invents no titled alias the articles never used', () => {
    const [vasquez] = buildPeople([q('Elena Vasquez', 'Mayor Vasquez')]);
    expect(vasquez!.aliases).toEqual(['Mayor Vasquez', 'Vasquez']);
  });

  it('joins a surname-only speaker to the one full name that ends with it, not to one of several', () => {
    const people = buildPeople([
      q('Charles Q. Brown', 'Brown'),
      q('Brown', 'Brown'),
      q('Bill Clinton', 'Clinton'),
      q('Hillary Clinton', 'Clinton'),
      q('Clinton', 'Clinton'),
    ]);
    expect(people.find((p) => p.name === 'Charles Q. Brown')?.quoteCount).toBe(2);
    expect(people.find((p) => p.name === 'Charles Q. Brown')?.aliases).toContain('Charles Brown');
    expect(people.some((p) => p.name === 'Brown')).toBe(false);
    expect(people.some((p) => p.name === 'Clinton')).toBe(true);
  });

  it('joins a surname-only speaker to a full name quoted at least ten times as often as any other', () => {
    const many = (speaker: string, n: number) =>
      Array.from({ length: n }, () => q(speaker, speaker));
    const people = buildPeople([
      // Dominant: 20 quotations against 2 for the next Okafor.
      ...many('Nkem Okafor', 20),
      ...many('Ada Okafor', 2),
      ...many('Okafor', 3),
      // Exactly ten to one is enough.
      ...many('Rosa Lindqvist', 10),
      ...many('Per Lindqvist', 1),
      ...many('Lindqvist', 1),
      // Nine to one is not: the bare name stays apart.
      ...many('Tomas Ferreira', 9),
      ...many('Ines Ferreira', 1),
      ...many('Ferreira', 4),
    ]);
    const byName = new Map(people.map((p) => [p.name, p]));
    expect(byName.get('Nkem Okafor')?.quoteCount).toBe(23);
    expect(byName.get('Ada Okafor')?.quoteCount).toBe(2);
    expect(byName.has('Okafor')).toBe(false);
    expect(byName.get('Rosa Lindqvist')?.quoteCount).toBe(11);
    expect(byName.has('Lindqvist')).toBe(false);
    expect(byName.get('Ferreira')?.quoteCount).toBe(4);
    expect(byName.get('Tomas Ferreira')?.quoteCount).toBe(9);
  });

  it('brings the bare name’s roles and aliases to the dominant full name', () => {
    const people = buildPeople([
      ...Array.from({ length: 30 }, () => q('Marta Quintero', 'Quintero', 'Senator')),
      q('Luis Quintero', 'Luis Quintero'),
      q('Quintero', 'Sen. Quintero', 'Senator'),
      q('Quintero', 'Quintero', 'committee chair'),
    ]);
    const marta = people.find((p) => p.name === 'Marta Quintero')!;
    expect(marta.quoteCount).toBe(32);
    expect(marta.roles).toEqual(['Senator', 'committee chair']);
    expect(marta.aliases).toContain('Sen. Quintero');
    expect(people.find((p) => p.name === 'Luis Quintero')?.quoteCount).toBe(1);
  });

  it('ids are lower-case with single spaces', () => {
    expect(personId('  Charles   Q. Brown ')).toBe('charles q. brown');
  });
});
