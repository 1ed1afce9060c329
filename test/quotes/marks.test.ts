import { describe, expect, it } from 'vitest';
import { findMarkedSpans } from '../../src/quotes/marks.js';

function quoted(text: string): string[] {
  return findMarkedSpans(text).spans.map((s) => text.slice(s.start, s.end));
}

describe('findMarkedSpans', () => {
  it('pairs curly double marks and keeps nested single ones inside', () => {
    expect(quoted('She said, “He told me ‘no’ twice,” and left.')).toEqual([
      'He told me ‘no’ twice,',
    ]);
  });

  it('pairs straight marks across apostrophes', () => {
    const text = `"It's the workers' night," Pole said of the '90s revival, "and it's ours."`;
    expect(quoted(text)).toEqual(["It's the workers' night,", "and it's ours."]);
  });

  it("reads the NYT's ''…'' as double marks", () => {
    expect(quoted(`''We finally may be seeing it,'' Mr. Bernstein wrote.`)).toEqual([
      'We finally may be seeing it,',
    ]);
  });

  it('reads guillemets', () => {
    expect(quoted('Il a dit «non» hier.')).toEqual(['non']);
  });

  it('reads top-level single marks, but not apostrophes', () => {
    expect(quoted('It was not ‘unprovoked’ and Russia’s army knew it.')).toEqual(['unprovoked']);
    expect(quoted("not about 'freedom' at all, don't you think")).toEqual(['freedom']);
  });

  it('lets a stray opener give way to the next one', () => {
    expect(quoted('A stray “ mark, then “the real quote” here.')).toEqual(['the real quote']);
  });

  it('reports an unclosed quotation and a paragraph that opens with a mark', () => {
    const marks = findMarkedSpans('“This runs on to the next paragraph.');
    expect(marks.opensWithMark).toBe(true);
    expect(marks.spans).toHaveLength(1);
    expect(marks.spans[0]!.closed).toBe(false);
  });

  it("closes a nested quote and the quotation at once with ''' ", () => {
    expect(quoted(`''They say, 'Go back home,''' said Mr. Lee. ''We stay.''`)).toEqual([
      "They say, 'Go back home,'",
      'We stay.',
    ]);
  });

  it('reads an opening mark after the words and before a space as a closing one', () => {
    expect(quoted('“It is unusual,“ said Ann Pike. “Very.”')).toEqual(['It is unusual,', 'Very.']);
  });

  it('reads a closing mark that opens a paragraph, before a letter, as an opening one', () => {
    const text = '”Fear. I am afraid.” ― Edwin Monroy “He is clueless.” ― Ana Ruiz';
    expect(quoted(text)).toEqual(['Fear. I am afraid.', 'He is clueless.']);
    expect(findMarkedSpans(text).opensWithMark).toBe(true);
    expect(quoted('“Yes,” she said. And ”then” he left.')).toEqual(['Yes,', 'then']);
  });

  it('reads an opening mark after the words and before a bracketed source as a closing one', () => {
    expect(quoted('News: “Polls are only a guide.“[HuffPost.]')).toEqual([
      'Polls are only a guide.',
    ]);
  });

  it('reads a closing mark that opens a paragraph, before a space, as an opening one', () => {
    const text = '” … the train has left the station,” wrote Time magazine. “It has.”';
    expect(quoted(text)).toEqual(['… the train has left the station,', 'It has.']);
    expect(findMarkedSpans(text).opensWithMark).toBe(true);
    // Inside the paragraph, a closing mark before a space still closes nothing.
    expect(quoted('She left ” and he stayed.')).toEqual([]);
  });

  it('reads an invisible format character before a mark as space', () => {
    // A left-to-right embedding that pasted text left before the mark.
    const text = '\u202a”Isis declares death on a lot of people!” wrote Pete Hidalgo.';
    expect(quoted(text)).toEqual(['Isis declares death on a lot of people!']);
    expect(findMarkedSpans(text).opensWithMark).toBe(true);
    expect(quoted('He said\u200b "no" and "never."')).toEqual(['no', 'never.']);
  });
});
