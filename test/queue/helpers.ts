/**
 * The queue tests' PostgreSQL: a fresh schema per test file (dropped afterwards), reachable from a
 * spawned CLI through a DATABASE_URL that sets search_path. Small interviews written for these
 * tests (every person, place and number is invented) and a large generated one.
 */
import { sql } from 'kysely';
import { openDb, type Store } from '../../src/store/db.js';

export const PG_URL = process.env.PARLEY_TEST_DATABASE_URL;

if (!PG_URL) {
  process.stderr.write('test/queue: PARLEY_TEST_DATABASE_URL is not set; skipping the PostgreSQL queue tests (eval "$(scripts/ci/postgres.sh)" sets it)\n');
}

export interface Schema {
  readonly db: Store;
  readonly schema: string;
  /** PARLEY_TEST_DATABASE_URL with `options=-c search_path=<schema>`: a spawned `parley worker` works in the schema. */
  readonly url: string;
  close(): Promise<void>;
}

/** A new, migrated schema on the test server. */
export async function freshSchema(tag: string): Promise<Schema> {
  if (!PG_URL) throw new Error('PARLEY_TEST_DATABASE_URL is not set');
  const schema = `parley_${tag}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const db = await openDb({ url: PG_URL, schema });
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    db,
    schema,
    url,
    close: async () => {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
      await db.destroy();
    },
  };
}

const PEOPLE = [
  ['Marta Eskildsen', 'Minister of Fisheries', 'The Coastal Courier'],
  ['Jonas Verhoek', 'Mayor of Dunmere', 'Radio Dunmere'],
  ['Priya Ollander', 'Health Commissioner', 'The Valley Gazette'],
  ['Tomasz Reinholt', 'Transport Secretary', 'Northline News'],
  ['Agathe Lindqvist', 'Governor of the Central Bank', 'Harbour Business Weekly'],
  ['Kofi Brannigan', 'Minister of Education', 'The Morning Lantern'],
] as const;

const TOPICS = [
  [
    'How is the new ferry line doing?',
    (n: number) => `The ferry line carried ${12 + n} thousand passengers in its first month, which is more than we planned. We will add a second boat in the spring.`,
    'Is the fare going up?',
    (n: number) => `No. The fare stays at ${3 + (n % 4)} euros until the end of next year, and pupils travel free.`,
  ],
  [
    'The hospital waiting lists are long. What are you doing about it?',
    (n: number) => `We opened ${4 + n} new operating theatres this year and hired ${120 + n * 7} nurses. Waiting times fell by a fifth since January.`,
    'Critics say the money came from the schools budget.',
    () => 'That is simply not true. The schools budget grew as well, and every figure is published on the ministry website.',
  ],
  [
    'Inflation is still high. When will prices calm down?',
    (n: number) => `Inflation fell to ${2 + (n % 3)}.${n % 10} percent in May. We expect it to reach our target by the end of next year, provided energy prices stay where they are.`,
    'Will interest rates fall?',
    () => 'We never promise a date. The board will decide meeting by meeting, looking at the data.',
  ],
  [
    'Parents complain about crowded classrooms.',
    (n: number) => `Average class size is ${24 + (n % 5)} pupils, down from 29 five years ago. We are building ${6 + n} schools in the northern districts.`,
    'And the teachers\u2019 pay dispute?',
    () => 'We offered a rise of six percent over two years. The union is studying the offer and I hope we sign next week.',
  ],
  [
    'The railway bridge has been closed for months. Why?',
    (n: number) => `Engineers found cracks in ${2 + (n % 3)} of the piers. Safety comes first. The repairs cost ${40 + n} million euros and the bridge reopens in October.`,
    'Who pays for it?',
    () => 'The national rail company pays two thirds, and the region pays the rest.',
  ],
] as const;

/** Thirty small interviews, each different (a person, a topic and numbers of its own). */
export function smallInterviews(): { uri: string; text: string }[] {
  const out: { uri: string; text: string }[] = [];
  let n = 0;
  for (const [name, role, outlet] of PEOPLE) {
    for (const [q1, a1, q2, a2] of TOPICS) {
      n++;
      const surname = name.split(' ')[1]!;
      const text = [
        `${name}, ${role}, spoke to ${outlet} on ${1 + (n % 28)} March 2025.`,
        `\u2013 ${q1}`,
        `\u2013 ${a1(n)}`,
        `\u2013 ${q2}`,
        `\u2013 ${a2(n)} (${surname}, interview ${n})`,
      ].join('\n\n');
      out.push({ uri: `test://queue/${n}.txt`, text });
    }
  }
  return out;
}

/** A long interview (`pairs` questions and answers, ~210 bytes each): seconds of analysis. */
export function largeInterview(pairs: number): { uri: string; text: string } {
  const parts = ['Harbourmaster Edda Voss answered questions from readers of The Coastal Courier about a year of traffic at Lindholm.'];
  for (let i = 0; i < pairs; i++) {
    parts.push(`\u2013 How busy was the harbour in week ${i + 1} of the season?`);
    parts.push(
      `\u2013 In week ${i + 1} we counted ${100 + (i % 97)} ferry crossings, about ${i % 40} percent more than planned, and the pier took ${(i * 3) % 900 + 10} tonnes of freight.`,
    );
  }
  return { uri: 'test://queue/large.txt', text: parts.join('\n\n') };
}

export const encode = (s: string) => new TextEncoder().encode(s);
