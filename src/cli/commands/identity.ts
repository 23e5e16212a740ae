// `cadregraph identity doubts|same|different`: the people of one name that no rule
// decides on (same name, same province, nothing decisive either way), and a user's
// judgement on two of them, recorded in the judgements file (src/ingest/judgements.ts)
// that every later `cadregraph ingest` applies. Works on the Neo4j graph.
import { Command, Option } from 'commander';
import type { DoubtfulCase, PersonSummary } from '../../ingest/identity.js';
import type { GraphStore } from '../../store/store.js';
import { oneLine, plural, printSummary } from '../report.js';

interface ConnectionOptions {
  uri?: string;
  user?: string;
  password?: string;
  judgements: string;
}

interface DoubtsOptions extends ConnectionOptions {
  name?: string;
  json?: boolean;
}

interface JudgeOptions extends ConnectionOptions {
  note?: string;
  json?: boolean;
}

async function connect(options: ConnectionOptions): Promise<GraphStore> {
  const { createNeo4jStore } = await import('../../store/neo4j/store.js');
  return createNeo4jStore({
    ...(options.uri ? { uri: options.uri } : {}),
    ...(options.user ? { user: options.user } : {}),
    ...(options.password !== undefined ? { password: options.password } : {}),
  });
}

/** Runs `work` on the store; a connection, judgements-file or id problem is one line on stderr and exit status 1. */
async function withStore(command: string, options: ConnectionOptions, work: (store: GraphStore) => Promise<number>): Promise<number> {
  const { Neo4jConnectionError } = await import('../../store/neo4j/connect.js');
  const { JudgementsFileError } = await import('../../ingest/judgements.js');
  const { UnknownMentionError } = await import('../../ingest/identity.js');
  let store: GraphStore | null = null;
  try {
    store = await connect(options);
    return await work(store);
  } catch (error) {
    if (error instanceof Neo4jConnectionError || error instanceof JudgementsFileError || error instanceof UnknownMentionError) {
      process.stderr.write(`cadregraph identity ${command}: ${oneLine(error.message)}\n`);
      return 1;
    }
    throw error;
  } finally {
    await store?.close();
  }
}

function personText(p: PersonSummary): string {
  const lines = p.mentions.map((m) => `      ${m.date ?? 'undated'}  ${m.offices.join('; ') || '(no office)'}  [article ${m.article}]`);
  return `    ${p.id}\n${lines.join('\n')}\n`;
}

function doubtsText(cases: readonly DoubtfulCase[]): string {
  if (cases.length === 0) return 'cadregraph identity: no doubtful cases\n';
  const blocks = cases.map((c, i) => `${i + 1}. ${c.a.name}: ${c.reason}\n${personText(c.a)}${personText(c.b)}`);
  return (
    `cadregraph identity: ${plural(cases.length, 'doubtful case')}\n\n${blocks.join('\n')}\n` +
    "Record a judgement with 'cadregraph identity same ID ID' or 'cadregraph identity different ID ID'.\n"
  );
}

async function doubts(options: DoubtsOptions): Promise<number> {
  return withStore('doubts', options, async (store) => {
    const { listDoubts } = await import('../../ingest/identity.js');
    const { readJudgements } = await import('../../ingest/judgements.js');
    const judgements = await readJudgements(options.judgements);
    const cases = await listDoubts(store, { ...(options.name ? { name: options.name } : {}), judgements });
    printSummary({ json: options.json, stream: process.stdout }, () => doubtsText(cases), () => ({ command: 'identity doubts', cases }));
    return 0;
  });
}

async function judgeCommand(same: boolean, a: string, b: string, options: JudgeOptions): Promise<number> {
  const verb = same ? 'same' : 'different';
  return withStore(verb, options, async (store) => {
    const { judge } = await import('../../ingest/identity.js');
    const { readJudgements } = await import('../../ingest/judgements.js');
    const outcome = await judge(store, options.judgements, { a, b, same, ...(options.note ? { note: options.note } : {}) }, await readJudgements(options.judgements));
    printSummary(
      { json: options.json, stream: process.stdout },
      () =>
        `cadregraph identity: recorded that ${a} and ${b} are ${same ? 'one person' : 'two people'} in ${options.judgements}; ` +
        `${plural(outcome.people, 'person', 'people')} of that name now, ${outcome.written} rewritten\n`,
      () => ({ command: `identity ${verb}`, a, b, same, file: options.judgements, people: outcome.people, rewritten: outcome.written, removed: outcome.removed }),
    );
    return 0;
  });
}

function connectionOptions(command: Command, judgementsFile: string): Command {
  return command
    .addOption(new Option('--uri <uri>', 'Neo4j address, e.g. bolt://127.0.0.1:7687').env('NEO4J_URI'))
    .addOption(new Option('--user <user>', 'Neo4j user (default neo4j)').env('NEO4J_USER'))
    .addOption(new Option('--password <password>', 'Neo4j password').env('NEO4J_PASSWORD'))
    .addOption(new Option('--judgements <file>', 'the judgements file (JSON Lines)').default(judgementsFile))
    .addOption(new Option('--json', 'the answer as one JSON object, for scripts'))
    .helpOption('-h, --help', 'print this help');
}

export function identityCommand(judgementsFile: string): Command {
  const identity = new Command('identity')
    .summary('list doubtful namesakes, and record who is (not) who')
    .description(
      'Namesakes of one province that no rule tells apart or joins are doubtful cases. ' +
        'A judgement (same or different) is recorded in the judgements file and applied at once ' +
        'to the graph; every later ingest applies the file too.',
    )
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ cadregraph identity doubts\n' +
        "  $ cadregraph identity doubts --name 'Nguyễn Văn Hùng' --json\n" +
        "  $ cadregraph identity same 'nguyễn văn hùng|3f2a9c0e1b7d4a55' 'nguyễn văn hùng|9b1c2d3e4f5a6b7c' --note 'ministry site'\n" +
        '  $ cadregraph ingest --judgements cadregraph-judgements.jsonl articles/',
    );
  identity.addCommand(
    connectionOptions(new Command('doubts').description('list the doubtful cases of the whole graph, or of one name'), judgementsFile)
      .addOption(new Option('--name <name>', 'only the people of this name'))
      .action(async (options: DoubtsOptions) => {
        process.exitCode = await doubts(options);
      }),
  );
  for (const same of [true, false]) {
    identity.addCommand(
      connectionOptions(
        new Command(same ? 'same' : 'different')
          .description(same ? 'record that two people (or mentions) are one person' : 'record that two people (or mentions) are two people')
          .argument('<A>', 'a person id or a mention id, as doubts lists them')
          .argument('<B>', 'another of the same name'),
        judgementsFile,
      )
        .addOption(new Option('--note <text>', 'why (kept in the file)'))
        .action(async (a: string, b: string, options: JudgeOptions) => {
          process.exitCode = await judgeCommand(same, a, b, options);
        }),
    );
  }
  return identity;
}
