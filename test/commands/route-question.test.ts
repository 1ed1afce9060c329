import { describe, expect, it } from 'vitest';
import { routeQuestion } from '../../src/commands/route-question.js';

describe('routeQuestion', () => {
  it.each([
    ['who said danger of nuclear war?', 'danger of nuclear war'],
    ['Who said “a pack of lies”', 'a pack of lies'],
    ['who wrote that the war was inevitable', 'the war was inevitable'],
  ])('"%s" is a who-said question', (question, phrase) => {
    expect(routeQuestion(question)).toEqual({ command: 'whosaid', phrase });
  });

  it.each([
    ['what did Jill Stein say about Biden?', 'Jill Stein', 'Biden'],
    ['What did Stein say about Biden', 'Stein', 'Biden'],
    ['what has Mr. Kishore said on NATO?', 'Kishore', 'NATO'],
    ['quotes by Charles Q. Brown about Ukraine', 'Charles Q. Brown', 'Ukraine'],
  ])('"%s" asks for quotations', (question, person, topic) => {
    expect(routeQuestion(question)).toEqual({ command: 'quotes', person, topic });
  });

  it('a person without a topic', () => {
    expect(routeQuestion('what did Cornel West say')).toEqual({
      command: 'quotes',
      person: 'Cornel West',
    });
  });

  it.each([
    ['articles from last week', 'last week'],
    ['show me articles published on 17 May 2024', '17 May 2024'],
    ['articles 2024-05-10..2024-05-17', '2024-05-10..2024-05-17'],
    ['what was published in May 2024?', 'May 2024'],
  ])('"%s" lists articles', (question, date) => {
    expect(routeQuestion(question)).toEqual({ command: 'articles', date });
  });

  it.each([
    ['real-time intelligence', 'real-time intelligence'],
    ['Ukraine long-range weapons?', 'Ukraine long-range weapons'],
    ['why is NATO escalating', 'why is NATO escalating'],
  ])('anything else is a search: "%s"', (question, query) => {
    expect(routeQuestion(question)).toEqual({ command: 'search', query });
  });
});
