import { runArticles } from './articles.js';
import { PRIVATE_OPTION, readRange, readText, stringOption } from './options.js';
import { runQuotes } from './quotes.js';
import { routeQuestion } from './route-question.js';
import { MAX_QUERY, runSearch } from './search.js';
import { UserError, type Command, type CommandContext, type Reply } from './types.js';
import { runWhoSaid } from './whosaid.js';

export interface AskArgs {
  question: string;
}

/** Answers a plain question as the matching command would; shared by /ask and mentions. */
export function answerQuestion(question: string, context: CommandContext): Reply {
  const routed = routeQuestion(question);
  switch (routed.command) {
    case 'whosaid':
      return runWhoSaid({ phrase: routed.phrase }, context);
    case 'quotes':
      return runQuotes(
        routed.topic ? { person: routed.person, topic: routed.topic } : { person: routed.person },
        context,
        0,
      );
    case 'articles': {
      let range;
      try {
        range = readRange(routed.date, context.now());
      } catch (error) {
        // "articles about NATO" names a subject, not a date: search for it instead.
        if (error instanceof UserError) return runSearch({ query: question.trim() }, context, 0);
        throw error;
      }
      return runArticles({ range }, context, 0);
    }
    case 'search':
      return runSearch({ query: routed.query }, context, 0);
  }
}

export const ask: Command<AskArgs> = {
  data: {
    name: 'ask',
    description:
      'Ask in plain words: "who said …", "what did Stein say about Biden", "articles from last week"',
    options: [
      stringOption('question', 'Your question', { required: true, maxLength: MAX_QUERY }),
      PRIVATE_OPTION,
    ],
  },
  slow: true,
  readArgs: (options) => ({
    question: readText(options, 'question', { max: MAX_QUERY, required: true }),
  }),
  run: (args, context) => answerQuestion(args.question, context),
};
