// The questions bench:api asks: each as cadregraph's GraphQL query, the store calls
// its resolvers make (timed directly, without GraphQL or HTTP; with evidence: false
// where the query selects no evidence, and the evidence(first:) it shows where it
// selects some, as the resolvers say), and the same
// question put to the peer (@neo4j/graphql over the same Neo4j, see api-peer.mjs).
// Both answers are brought to one plain form, so the benchmark can check that they
// are equal before it times anything. Where the peer cannot sort or cut a list the
// way cadregraph does (across relationship types, by a related node's key, by the
// date of a cited article), its whole list is fetched and put in cadregraph's order
// here; the dates of cited articles come from the benchmark's own records.
import { PEER_ROLES } from './api-peer.mjs';

const ROLE_ORDER = Object.keys(PEER_ROLES);
const EVIDENCE_SHOWN = 10; // the API's default `evidence(first:)`

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Most recent first, undated last. */
const recentFirst = (a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : cmp(b, a));
const earliestFirst = (a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : cmp(a, b));

/** A relationship's stored provenance as (article, quote) pairs in the API's order, cut like the API. */
function peerEvidence({ articles, evidence }, published) {
  const pairs = evidence.map((e) => {
    const close = e.indexOf('] ');
    return [e.slice(1, close), e.slice(close + 2)];
  });
  const quoted = new Set(pairs.map(([id]) => id));
  for (const id of articles) if (!quoted.has(id)) pairs.push([id, null]);
  const date = (id) => published.get(id) ?? null;
  pairs.sort((a, b) => recentFirst(date(a[0]), date(b[0])) || cmp(a[0], b[0]) || cmp(a[1] ?? '', b[1] ?? ''));
  return pairs.slice(0, EVIDENCE_SHOWN);
}

const one = (list) => list[0] ?? null;

export const QUESTIONS = [
  {
    name: 'person',
    about: 'a person with positions and evidence',
    query: `query($id: ID!) { person(id: $id) { name positions(first: 100) { totalCount edges { node {
      title organization { id name } former firstSeen lastSeen evidence { article { id } quote } } } } } }`,
    variables: (v) => ({ id: v.person }),
    direct: (store, v) => store.personWithPositions(v.person, { evidence: true, evidenceFirst: EVIDENCE_SHOWN }),
    ours: ({ person }) => ({
      name: person.name,
      total: person.positions.totalCount,
      positions: person.positions.edges.map(({ node: p }) => [
        p.title, p.organization.id, p.organization.name, p.former, p.firstSeen, p.lastSeen,
        p.evidence.map((e) => [e.article.id, e.quote]),
      ]),
    }),
    peer: {
      query: `query($id: ID!) { people(where: {key: {eq: $id}}) { name holdsConnection { totalCount edges {
        properties { former firstSeen lastSeen articles evidence } node { title body { key name } } } } } }`,
      variables: (v) => ({ id: v.person }),
      answer: ({ people }, published) => {
        const person = one(people);
        const rows = person.holdsConnection.edges.map(({ properties: h, node }) => {
          const body = one(node.body);
          return [node.title, body.key, body.name, h.former, h.firstSeen, h.lastSeen, peerEvidence(h, published)];
        });
        rows.sort((a, b) => earliestFirst(a[4], b[4]) || cmp(a[0], b[0]) || cmp(a[1], b[1]));
        return { name: person.name, total: person.holdsConnection.totalCount, positions: rows };
      },
    },
  },
  {
    name: 'roles',
    about: 'the 100 latest of a person\'s hundreds of roles',
    query: `query($id: ID!) { person(id: $id) { name roles(first: 100) { totalCount edges { node {
      role event { id name date } } } } } }`,
    variables: (v) => ({ id: v.busy }),
    direct: async (store, v) => {
      await store.person(v.busy);
      await store.rolesOf(v.busy, { first: 100, evidence: false });
    },
    ours: ({ person }) => ({
      name: person.name,
      total: person.roles.totalCount,
      roles: person.roles.edges.map(({ node: r }) => [r.role, r.event.id, r.event.name, r.event.date]),
    }),
    peer: {
      query: `query($id: ID!) { people(where: {key: {eq: $id}}) { name ${ROLE_ORDER.map(
        (role) => `${role}Connection(first: 100, sort: [{node: {date: DESC}}, {node: {key: ASC}}]) { totalCount edges { node { key name date } } }`,
      ).join(' ')} } }`,
      variables: (v) => ({ id: v.busy }),
      answer: ({ people }) => {
        const person = one(people);
        const roles = ROLE_ORDER.flatMap((role) => person[`${role}Connection`].edges.map(({ node: e }) => [role, e.key, e.name, e.date]));
        roles.sort((a, b) => recentFirst(a[3], b[3]) || cmp(a[1], b[1]) || ROLE_ORDER.indexOf(a[0]) - ROLE_ORDER.indexOf(b[0]));
        const total = ROLE_ORDER.reduce((n, role) => n + person[`${role}Connection`].totalCount, 0);
        return { name: person.name, total, roles: roles.slice(0, 100) };
      },
    },
  },
  {
    name: 'whoChaired',
    about: 'who chaired the 20 latest meetings of the busiest body',
    query: `query($organization: String!) { whoChaired(organization: $organization, first: 20) { totalCount
      edges { node { event { id name date } chairs { person { id name } } } } } }`,
    variables: (v) => ({ organization: v.body }),
    direct: (store, v) => store.whoChaired({ organization: v.body, first: 20, evidence: false }),
    ours: ({ whoChaired }) => ({
      total: whoChaired.totalCount,
      events: whoChaired.edges.map(({ node }) => [node.event.id, node.event.name, node.event.date, node.chairs.map((c) => [c.person.id, c.person.name])]),
    }),
    peer: {
      query: `query($key: ID!) { organizations(where: {key: {eq: $key}}) { eventsConnection(first: 20,
        sort: [{node: {date: DESC}}, {node: {key: ASC}}]) { totalCount edges { node { key name date
        chairedBy(sort: [{search: ASC}, {key: ASC}]) { key name } } } } } }`,
      variables: (v) => ({ key: v.body }),
      answer: ({ organizations }) => {
        const events = one(organizations).eventsConnection;
        return {
          total: events.totalCount,
          events: events.edges.map(({ node: e }) => [e.key, e.name, e.date, e.chairedBy.map((p) => [p.key, p.name])]),
        };
      },
    },
  },
  ...[
    ['officeHolders', 'the first 20 holders of an office of that body', 'office', 20],
    ['largeOffice', 'the first 100 of an office\'s thousands of holders', 'largeOffice', 100],
  ].map(([name, about, key, first]) => ({
    name,
    about,
    query: `query($title: String!, $organization: String!, $first: Int) { officeHolders(title: $title, organization: $organization,
      first: $first) { totalCount edges { node { person { id name } former firstSeen lastSeen } } } }`,
    variables: (v) => ({ title: v[key].title, organization: v[key].organization, first }),
    direct: (store, v) => store.officeHolders({ title: v[key].title, organization: v[key].organization, first, evidence: false }),
    ours: ({ officeHolders }) => ({
      total: officeHolders.totalCount,
      holders: officeHolders.edges.map(({ node: h }) => [h.person.id, h.person.name, h.former, h.firstSeen, h.lastSeen]),
    }),
    peer: {
      query: `query($key: ID!, $first: Int) { positions(where: {key: {eq: $key}}) { holdersConnection(first: $first,
        sort: [{edge: {firstSeen: ASC}}, {node: {search: ASC}}, {node: {key: ASC}}]) { totalCount edges {
        properties { former firstSeen lastSeen } node { key name } } } } }`,
      variables: (v) => ({ key: v[key].position, first }),
      answer: ({ positions }) => {
        const holders = one(positions).holdersConnection;
        return {
          total: holders.totalCount,
          holders: holders.edges.map(({ properties: h, node: p }) => [p.key, p.name, h.former, h.firstSeen, h.lastSeen]),
        };
      },
    },
  })),
  {
    name: 'connection',
    about: 'a shortest path between two people (no peer: @neo4j/graphql has no path query)',
    query: `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 8) { length
      nodes { __typename ... on Person { name } ... on Office { name } ... on Event { name } } edges { type } } }`,
    variables: (v) => ({ from: v.from, to: v.to }),
    direct: (store, v) => store.connection({ from: v.from, to: v.to, maxHops: 8 }),
    ours: ({ connection }) => ({ length: connection?.length ?? null }),
    peer: null,
  },
];

/**
 * The keys the questions are about, from the built batch: the person named in the
 * most articles, the person with the most roles, the body with the most events and
 * its office with the most holders, the office with the most holders overall, and
 * two people some hops apart (the first connected pair found).
 */
export async function chooseVariables(store, batch) {
  const roleTypes = new Set(Object.values(PEER_ROLES));
  const tally = (edges, key) => {
    const counts = new Map();
    for (const e of edges) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
    return counts;
  };
  const top = (counts, keep = () => true) => [...counts.entries()].filter(([k]) => keep(k)).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
  const byType = (type) => batch.edges.filter((e) => e.type === type);
  const [person, mentions] = top(tally(byType('MENTIONS'), (e) => e.to.key));
  const [busy, roles] = top(tally(batch.edges.filter((e) => roleTypes.has(e.type)), (e) => e.from.key));
  const [body, meetings] = top(tally(byType('ORGANIZED_BY'), (e) => e.to.key));
  const bodyOf = new Map(byType('OF').map((e) => [e.from.key, e.to.key]));
  const holders = tally(byType('HOLDS'), (e) => e.to.key);
  const positions = new Map(batch.nodes.filter((n) => n.label === 'Position').map((n) => [n.key, n]));
  const office = (key) => ({ position: key, title: positions.get(key).props.title, organization: bodyOf.get(key) });
  const [bodyOffice, bodyHolders] = top(holders, (k) => bodyOf.get(k) === body);
  const [largeOffice, largeHolders] = top(holders);
  const people = batch.nodes.filter((n) => n.label === 'Person').map((n) => n.key);
  const from = busy;
  let to = null;
  for (const candidate of people.slice(0, 400)) {
    if (candidate === from) continue;
    const path = await store.connection({ from, to: candidate, maxHops: 8 });
    if (path && path.length >= 4) {
      to = candidate;
      break;
    }
  }
  if (to === null) throw new Error('bench: found no pair of people four or more hops apart to time connection on');
  return {
    variables: { person, busy, body, office: office(bodyOffice), largeOffice: office(largeOffice), from, to },
    about: [
      `person: ${person} (named in ${mentions} articles)`,
      `roles: ${busy} (${roles} roles)`,
      `whoChaired: ${body} (${meetings} events)`,
      `officeHolders: ${bodyOffice} (${bodyHolders} holders)`,
      `largeOffice: ${largeOffice} (${largeHolders} holders)`,
    ],
  };
}
