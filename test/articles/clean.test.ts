import { describe, expect, it } from 'vitest';
import {
  cleanParagraphs,
  stripWireSignOff,
  dropBoilerplateFooter,
  joinPageBreaks,
  splitParagraphs,
  undoMarkdownEscapes,
} from '../../src/articles/clean.js';

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps wrapped lines together', () => {
    expect(splitParagraphs('one\ntwo\n\n\nthree\n   \nfour')).toEqual([
      'one\ntwo',
      'three',
      'four',
    ]);
  });

  it('opens a paragraph at an indented line when asked (wire copy)', () => {
    const body = 'First line\nwraps here.\n    Second paragraph\nwraps too.\n Reuter\n';
    expect(splitParagraphs(body, { indentStartsParagraph: true })).toEqual([
      'First line\nwraps here.',
      '    Second paragraph\nwraps too.',
      ' Reuter',
    ]);
    expect(splitParagraphs(body)).toHaveLength(1);
  });

  it('reads a block whose lines each end a sentence as one paragraph per line', () => {
    const body = [
      '“The port stays open through the winter, whatever the board decides,” Delgado said. “We have the votes.”',
      'Delgado paused, then turned to the strike.',
      '“The crews will be paid,” she said, to applause from the',
      'dockers at the back of the hall.',
    ].join('\n');
    expect(splitParagraphs(body)).toEqual([
      '“The port stays open through the winter, whatever the board decides,” Delgado said. “We have the votes.”',
      'Delgado paused, then turned to the strike.',
      '“The crews will be paid,” she said, to applause from the\ndockers at the back of the hall.',
    ]);
  });

  it('reads no sentence end in an abbreviation at a line’s end', () => {
    const body =
      'The deal is the one the two sides have worked on hardest over the last year and longer, according to the U.S.\nTrade Representative, and would take effect on Friday.';
    expect(splitParagraphs(body)).toEqual([body]);
  });

  it('keeps short lines that each end a sentence together: they may be hard-wrapped', () => {
    expect(splitParagraphs('He spoke for the U.S.\nEconomy, he said, was slow.')).toHaveLength(1);
  });

  it('never splits wire copy at a line end, only at an indent', () => {
    const long = 'x'.repeat(120);
    const body = `    ${long} ends here.\nAnd this line goes on.\n    Next paragraph.`;
    expect(splitParagraphs(body, { indentStartsParagraph: true })).toHaveLength(2);
  });

  it('keeps a hard-wrapped paragraph whole though one of its lines ends a sentence', () => {
    const body = [
      'The council met on Monday. It voted to keep',
      'the port open through the winter, and the',
      'mayor said the crews would be paid.',
    ].join('\n');
    expect(splitParagraphs(body)).toEqual([body]);
  });
});

describe('joinPageBreaks', () => {
  it('joins a paragraph cut mid-sentence to its lower-case continuation', () => {
    expect(joinPageBreaks(['He said the plan', 'was dead.', 'Next.'])).toEqual([
      'He said the plan was dead.',
      'Next.',
    ]);
  });

  it.each([
    ['a finished sentence', ['It ended.', 'and yet']],
    ['a question', ['Why?', 'because']],
    ['a closing quote after a stop', ['“It ended.”', 'and yet']],
    ['an upper-case start', ['The plan', 'Was dead.']],
    ['a heading', ['## The plan', 'was dead.']],
    ['a list item', ['- the plan', 'was dead.']],
    ['a byline under a section heading', ['Little Village', 'by BRIDGET BRODERICK']],
  ])('does not join after %s', (_name, paragraphs) => {
    expect(joinPageBreaks(paragraphs)).toEqual(paragraphs);
  });
});

describe('undoMarkdownEscapes', () => {
  it('undoes escapes of punctuation that renders as itself', () => {
    expect(undoMarkdownEscapes('a \\$95 billion bill, item \\#1 \\(sic\\)')).toBe(
      'a $95 billion bill, item #1 (sic)',
    );
  });

  it('keeps emphasis and the escapes that stop false emphasis', () => {
    expect(undoMarkdownEscapes('the *New York Times* and 2\\*3 and snake\\_case')).toBe(
      'the *New York Times* and 2\\*3 and snake\\_case',
    );
  });
});

describe('dropBoilerplateFooter', () => {
  it('drops a known footer and the link under it', () => {
    const paragraphs = [
      'Body.',
      'To contact the WSWS and the party visit:',
      '**[example.org/contact](https://example.org/contact)**',
    ];
    expect(dropBoilerplateFooter(paragraphs)).toEqual(['Body.']);
  });

  it('keeps an ordinary closing paragraph', () => {
    expect(
      dropBoilerplateFooter(['Body.', 'To contact us, they wrote, was useless.']),
    ).toHaveLength(2);
  });
});

describe('stripWireSignOff', () => {
  it.each([
    [['Body.', 'Reuter'], ['Body.']],
    [['Body.', 'REUTER^M'], ['Body.']],
    [['Body.', 'Reuter...^M'], ['Body.']],
    [['Body.', 'REUTERS'], ['Body.']],
    [['Gold futures remained idle. REUTER'], ['Gold futures remained idle.']],
    [
      ['Body.', 'Period ended February 28. REUTER', 'Reuter'],
      ['Body.', 'Period ended February 28.'],
    ],
    [
      ['Body.', 'ZEN-NOH 1 1 reuter'],
      ['Body.', 'ZEN-NOH 1 1'],
    ],
  ])('strips the sign-off from %j', (paragraphs, expected) => {
    expect(stripWireSignOff(paragraphs)).toEqual(expected);
  });

  it('keeps the agency named at the end of a sentence, and sign-offs before the end', () => {
    for (const paragraphs of [['He told Reuters'], ['He told Reuters.'], ['Reuter', 'Body.']]) {
      expect(stripWireSignOff(paragraphs)).toEqual(paragraphs);
    }
  });
});

describe('cleanParagraphs', () => {
  it('strips server-side include remnants, alone or after the last sentence', () => {
    expect(
      cleanParagraphs(['One.', 'Two. <?php include "../../legacy-includes/', '<?php include "x']),
    ).toEqual(['One.', 'Two.']);
    expect(cleanParagraphs(['One.', '<!--#include virtual="/Includes/'])).toEqual(['One.']);
  });

  it('normalises white space and line breaks inside a paragraph', () => {
    expect(cleanParagraphs(['Jobs report gives a lift; \nSolid   upturn.  '])).toEqual([
      'Jobs report gives a lift; Solid upturn.',
    ]);
  });

  it('turns a heading inside the body into plain text, but not an escaped hash', () => {
    expect(cleanParagraphs(['## Background', '\\#1 priority.'])).toEqual([
      'Background',
      '#1 priority.',
    ]);
  });
});
