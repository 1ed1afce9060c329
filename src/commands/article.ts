import { displayDate, formatArticleView, formatNoResults } from '../discord/format.js';
import { choice, PRIVATE_OPTION, readText, stringOption } from './options.js';
import type { Command, CommandContext, Reply } from './types.js';

export interface ArticleArgs {
  /** An article id picked from autocomplete, or a title typed by hand. */
  article: string;
}

export function runArticle(args: ArticleArgs, context: CommandContext): Reply {
  const archive = context.store.archive;
  const byId = archive.article(args.article);
  const view = byId ?? lookupByTitle(context, args.article);
  if (view) return formatArticleView(view, context.ids);
  const close = archive
    .titles(args.article.slice(0, 3), 5)
    .map((a) => `“${a.title}” (${displayDate(a.date)})`);
  return formatNoResults(`No article is called “${args.article}”`, [
    close.length > 0
      ? `Closest titles: ${close.join('; ')}.`
      : 'Start typing a title and pick one of the suggestions.',
  ]);
}

function lookupByTitle(context: CommandContext, title: string) {
  const [best] = context.store.archive.titles(title, 1);
  return best ? context.store.archive.article(best.articleId) : undefined;
}

export const article: Command<ArticleArgs> = {
  data: {
    name: 'article',
    description: 'One article: its details, lead paragraph, speakers and quotations',
    options: [
      stringOption('article', 'The title (start typing to pick one)', {
        required: true,
        autocomplete: true,
        maxLength: 300,
      }),
      PRIVATE_OPTION,
    ],
  },
  slow: false,
  readArgs: (options) => ({ article: readText(options, 'article', { max: 300, required: true }) }),
  run: runArticle,
  autocomplete(option, context) {
    return context.store.archive.titles(option.value.trim(), 25).map((a) =>
      // An id too long for a choice value falls back to the title, which the command looks up.
      choice(
        `${a.title} (${displayDate(a.date)})`,
        a.articleId.length <= 100 ? a.articleId : a.title,
      ),
    );
  },
};
