// Shape of a held-out extraction case: a short article written for the tests and
// the facts a careful annotator following docs/extraction-contract.md expects.
import type { ArticleMeta, EventRecord, Role } from '../../../src/extract/contract.js';

export type { Role } from '../../../src/extract/contract.js';

/** Organization: one canonical form, or several acceptable forms (as in the gold files). */
export type ExpectedOrg = string | string[];

export interface ExpectedPosition {
  title: string;
  organization: ExpectedOrg;
  /** Defaults to false: a title is current unless marked otherwise. */
  former?: boolean;
}

/** A bare role matches on any event; the object form pins it to an event id. */
export type ExpectedRole = Role | { role: Role; event: string };

export interface ExpectedPerson {
  /** NFC, tone mark on the first vowel of oa/oe/uy, as the contract prints it. */
  name: string;
  /** When given, the exact set of positions the article gives the person. */
  positions?: ExpectedPosition[];
  /** When given, the exact set of roles. */
  roles?: ExpectedRole[];
}

export type ExpectedEvent = Partial<Omit<EventRecord, 'organizer'>> & { organizer?: string | null };

export interface ExtractionCase {
  name: string;
  text: string;
  /** Province or centrally-run city the article is about (for coverage counts). */
  place: string;
  expect: {
    people?: ExpectedPerson[];
    /** Strings that must not come out as a person (bylines, photo credits, bodies). */
    notPeople?: string[];
    events?: ExpectedEvent[];
    article?: Partial<Omit<ArticleMeta, 'id'>>;
    /**
     * Defaults to true: `people` lists everyone the article names as an official,
     * participant or speaker, so any other person in the output is a false positive.
     */
    exhaustive?: boolean;
  };
}
