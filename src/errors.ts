/**
 * Errors a user can cause (a missing file, a refused URL). The CLI prints
 * `message` on one line and exits with `exit`; the server maps `code` to a status.
 * Bugs are plain `Error`s and are never shown as a ParleyError.
 */
export class ParleyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For `http_status` from an answer: the status the server gave. */
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'ParleyError';
  }
  get exit(): number {
    return EXIT_CODES[this.code];
  }
}

/** Exit codes, documented in README "Exit codes". */
export const EXIT_CODES = {
  usage: 2,
  not_found: 3,
  not_a_file: 3,
  unreadable: 3,
  empty: 4,
  binary: 4,
  undecodable: 4,
  too_large: 5,
  unreachable: 6,
  http_status: 6,
  timeout: 6,
  refused: 7,
  bad_url: 2,
  /** A corpus reference (document, claim, speaker) that the store does not hold. */
  unknown_ref: 3,
  /** The embedded data directory is locked by another live process. */
  locked: 8,
  /** The database cannot be opened, reached or migrated. */
  database: 9,
} as const;
export type ErrorCode = keyof typeof EXIT_CODES;
