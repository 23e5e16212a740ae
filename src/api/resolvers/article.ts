// Article fields: the people and events an article is the source of.
import type { ArticleDTO, PageArgs } from '../../store/store.js';
import type { ApiContext } from './context.js';

export const articleResolvers = {
  Article: {
    people: (article: ArticleDTO, args: PageArgs, { store }: ApiContext) => store.peopleIn(article.id, args),
    events: (article: ArticleDTO, args: PageArgs, { store }: ApiContext) => store.eventsOf(article.id, args),
  },
};
