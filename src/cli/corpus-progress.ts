/**
 * A one-line progress bar on stderr for `parley add`: documents done of total, words/s, ETA.
 * Drawn only when stderr is a terminal (clig.dev: no animation when piped), at most 10 times a second.
 */

export interface Progress {
  /** One more document finished, with the words analysed for it (0 when skipped). */
  tick(words: number): void;
  /** Clears the line. */
  done(): void;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/** The bar's text for a state (exported for tests). */
export function progressLine(done: number, total: number, words: number, elapsedMs: number, width = 80): string {
  const rate = elapsedMs > 0 ? (words * 1000) / elapsedMs : 0;
  const docsPerMs = elapsedMs > 0 ? done / elapsedMs : 0;
  const eta = docsPerMs > 0 ? (total - done) / docsPerMs / 1000 : NaN;
  const tail = ` ${done}/${total} documents  ${Math.round(rate).toLocaleString('en')} words/s  ETA ${clock(eta)}`;
  const barWidth = Math.max(10, Math.min(40, width - tail.length - 3));
  const filled = total ? Math.round((done / total) * barWidth) : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${tail}`;
}

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr, enabled = stream.isTTY === true): Progress {
  const t0 = performance.now();
  let done = 0;
  let words = 0;
  let last = 0;
  const draw = (force: boolean) => {
    if (!enabled) return;
    const now = performance.now();
    if (!force && now - last < 100) return;
    last = now;
    stream.write(`\r${progressLine(done, total, words, now - t0, stream.columns ?? 80)}\x1b[K`);
  };
  draw(true);
  return {
    tick(w) {
      done++;
      words += w;
      draw(done === total);
    },
    done() {
      if (enabled) stream.write('\r\x1b[K');
    },
  };
}
