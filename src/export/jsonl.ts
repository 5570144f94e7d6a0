/**
 * JSON Lines (https://jsonlines.org): one `DocumentRecord` per line, UTF-8, "\n" after each; the
 * lossless machine format (no formula guard, offsets in UTF-16 as in the analysis).
 */
import type { DocumentRecord } from './json.js';

/** One line per record, each ending in "\n". */
export function* toJsonl(records: Iterable<DocumentRecord>): Generator<string> {
  for (const r of records) yield `${JSON.stringify(r)}\n`;
}
