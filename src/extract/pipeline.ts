// The extraction pipeline: article text to the contract record. The stages run
// in this order; each is a pure function of what the stages before it made.
import type { ArticleRecord } from './contract.js';
import { normalizeArticle } from './normalize.js';
import { lastDatedMonth, yearFromBody } from './recognize/dates.js';
import { dropCompanyNames } from './recognize/company-names.js';
import { trimGluedNames } from './recognize/glued-names.js';
import { dropUnmatchedShortNames, scanSentence } from './recognize/scan.js';
import { buildPeople } from './relate/people.js';
import { bracketedAbbreviations, expandAbbreviations } from './resolve/abbreviations.js';
import { DeferredContext, detectContext, type SentenceScan } from './resolve/context.js';
import { buildEvents, keepEventsWithRoles } from './resolve/events.js';
import { placeOrganizersByHosts } from './resolve/organizer-hosts.js';
import { segment } from './segment.js';
import { tokenize } from './tokenize.js';

/** The headline as the article writes it (NFC only): the title is quoted, not normalised. */
function headlineAsWritten(raw: string, headline: string | null): string | null {
  if (!headline) return null;
  // Only the first lines can hold it: NFC never joins across a line break, so each
  // line is normalised on its own rather than the whole article.
  for (const line of raw.split(/\r?\n/, 40)) {
    const trimmed = line.normalize('NFC').trim();
    if (trimmed && normalizeArticle(trimmed) === headline) return trimmed;
  }
  return headline;
}

export function runPipeline(raw: string, id: string): ArticleRecord {
  // 1. NFC, one tone placement, one dash, single spaces.
  const text = normalizeArticle(raw);
  // 2. Headline, publication date, byline; body sentences without captions' credits.
  const parts = segment(text);
  // An undated article's events take their year from the body ("quý I năm 2019").
  const bodyYear = parts.published ? null : yearFromBody(parts.sentences);
  const bodyMonth = bodyYear === null ? null : lastDatedMonth(parts.sentences, bodyYear);
  // The day whose units and bodies the article names: its date, or the latest month its body dates.
  const namingDay = parts.published ?? (bodyYear === null ? null : `${bodyYear}-${String(bodyMonth ?? 1).padStart(2, '0')}-01`);
  // 3. Tokens, then title units, names, role cues, with overlaps settled.
  const sentences: SentenceScan[] = parts.sentences.map((sentence) => {
    const tokens = tokenize(sentence);
    return { text: sentence, tokens, items: scanSentence(tokens, namingDay) };
  });
  trimGluedNames(sentences);
  dropUnmatchedShortNames(sentences);
  dropCompanyNames(sentences);
  // 4. The article's own province, district and commune, of the period of its date (detected when first asked for).
  const context = new DeferredContext(namingDay, (date) => detectContext(sentences, date));
  // 5–6. Events, with organizers resolved against the context.
  const { events: drafted, mentionedIn, organizers, provisional, openToAnyone, namers, unplaced, attendedElsewhere } = buildEvents(sentences, context, parts.published, bodyYear, bodyMonth);
  const session = drafted.find((e) => e.kind === 'session' && e.organizer);
  const withSession = context.withSessionOrganizer((session && organizers.get(session.id)) ?? null);
  // 7–8. People, positions, roles and evidence.
  const built = buildPeople(sentences, withSession, drafted, mentionedIn, parts.author, openToAnyone, attendedElsewhere);
  // 8a. An organizer the text gave no unit follows its hosts' posts written with theirs.
  const found = placeOrganizersByHosts(drafted, { organizers, unplaced }, built, namers);
  // 9. An event with no organizer that no one took part in is no event.
  const kept = keepEventsWithRoles(found, built, provisional);
  // 10. "Cục NTBD" after "Cục Nghệ thuật biểu diễn (NTBD)": the body as first named.
  const { events, people } = expandAbbreviations(kept.events, kept.people, bracketedAbbreviations(parts.sentences));
  return {
    article: { id, title: headlineAsWritten(raw, parts.headline), published: parts.published, author: parts.author },
    events,
    people,
  };
}
