/**
 * A pool of worker threads that run the analysis in parallel across cores. `analyze` resolves with
 * the Doc or rejects with the worker's error (a ParleyError keeps its code); a worker that crashes
 * or runs past the per-document time limit is replaced, and the analyses queued in it go to the
 * others. Each worker holds a few analyses at a time (`depth`). Size 0 analyses in the calling thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../analyze.js';
import { builtFile } from '../built.js';
import type { Doc } from '../doc.js';
import { ParleyError, type ErrorCode } from '../errors.js';
import type { Fetched } from '../ingest/types.js';
import type { PreparedDocument } from '../store/prepare.js';

export interface WorkerJob {
  readonly id: number;
  readonly uri: string;
  readonly bytes: Uint8Array;
  readonly contentType?: string;
  /** Reply with `prepareDocument(doc)` instead of the Doc. */
  readonly prepare?: boolean;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly doc?: Doc; readonly prepared?: PreparedDocument }
  | { readonly id: number; readonly ok: false; readonly code?: ErrorCode; readonly message: string; readonly stack?: string | undefined };

export interface PoolOptions {
  /** Worker threads; default the number of cores; 0 runs in this thread. */
  readonly size?: number;
  /** Plain-JSON analysis options (stages are built inside each worker). */
  readonly analyzeOptions?: AnalyzeOptions;
  /** Longest analysis of one document before its worker is replaced; default 120 s. */
  readonly timeoutMs?: number;
  /**
   * Jobs posted to each worker at a time, default 2: the ones behind the first wait in the
   * worker's own queue and start as soon as the previous one ends, even while this thread is busy
   * and cannot hand out work (the embedded database runs on this thread, a statement at a time).
   */
  readonly depth?: number;
}

export interface AnalysisPool {
  readonly size: number;
  analyze(input: Fetched): Promise<Doc>;
  /** Analyses and prepares the store's rows (`prepareDocument`) in the worker. */
  analyzeAndPrepare(input: Fetched): Promise<PreparedDocument>;
  close(): Promise<void>;
}

/** The compiled worker script, also when this module runs from src/ under a test runner. */
const workerScript = () => builtFile('./analyze-worker.js', import.meta.url);

type Result = Doc | PreparedDocument;

interface Queued {
  job: WorkerJob;
  resolve: (d: Result) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted to the worker, oldest first; the worker runs them in this order. */
  jobs: Queued[];
  /** The time limit of the oldest job, started when the worker got to it (as far as this thread knows). */
  timer: NodeJS.Timeout | undefined;
}


/**
 * Starts the pool.
 * @example
 * const pool = createPool({ size: 2 });
 * const doc = await pool.analyze({ uri: 'a.txt', bytes });
 * await pool.close();
 */
export function createPool(options: PoolOptions = {}): AnalysisPool {
  const script = workerScript();
  const size = script ? Math.max(0, options.size ?? availableParallelism()) : 0;
  const analyzeOptions = options.analyzeOptions ?? {};
  const timeoutMs = options.timeoutMs ?? 120_000;
  const depth = Math.max(1, options.depth ?? 2);
  if (size === 0) return inlinePool(analyzeOptions);

  let nextId = 1;
  let closed = false;
  const queue: Queued[] = [];
  const slots: Slot[] = [];

  const arm = (slot: Slot) => {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    const head = slot.jobs[0];
    if (!head) return;
    slot.timer = setTimeout(() => {
      const job = slot.jobs.shift();
      job?.reject(new ParleyError('timeout', `analysis of ${head.job.uri} took longer than ${Math.round(timeoutMs / 1000)} s`));
      replace(slot);
    }, timeoutMs);
    slot.timer.unref();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script!, { workerData: analyzeOptions }), jobs: [], timer: undefined };
    slot.worker.on('message', (reply: WorkerReply) => {
      const job = slot.jobs[0];
      if (!job || job.job.id !== reply.id) return;
      slot.jobs.shift();
      arm(slot);
      if (reply.ok) job.resolve((reply.prepared ?? reply.doc)!);
      else job.reject(reply.code ? new ParleyError(reply.code, reply.message) : Object.assign(new Error(reply.message), { stack: reply.stack }));
      pump();
    });
    const fail = (err: Error) => {
      // The job it was running fails; the ones waiting behind it go to another worker.
      slot.jobs.shift()?.reject(err);
      replace(slot);
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!closed) fail(new Error(`analysis worker exited with code ${code}`));
    });
    return slot;
  };

  const replace = (slot: Slot) => {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    // The jobs waiting behind the one that failed go back to the front of the queue (their bytes
    // were copied to the worker, not transferred, so this thread still has them).
    queue.unshift(...slot.jobs.splice(0));
    if (closed) {
      slots.splice(i, 1);
      return;
    }
    slots[i] = spawn();
    pump();
  };

  const pump = () => {
    for (let level = 1; level <= depth; level++) {
      for (const slot of slots) {
        if (slot.jobs.length >= level || !queue.length) continue;
        const next = queue.shift()!;
        slot.jobs.push(next);
        if (slot.jobs.length === 1) arm(slot);
        slot.worker.postMessage(next.job);
      }
    }
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  const submit = (input: Fetched, prepare: boolean): Promise<Result> => {
    if (closed) return Promise.reject(new Error('analysis pool is closed'));
    // Post a buffer of exactly these bytes (file reads may share a larger pooled buffer, which would be copied whole).
    const bytes = input.bytes.byteOffset === 0 && input.bytes.byteLength === input.bytes.buffer.byteLength ? input.bytes : input.bytes.slice();
    return new Promise<Result>((resolve, reject) => {
      queue.push({
        job: { id: nextId++, uri: input.uri, bytes, prepare, ...(input.contentType !== undefined && { contentType: input.contentType }) },
        resolve,
        reject,
      });
      pump();
    });
  };

  return {
    size,
    analyze: (input) => submit(input, false) as Promise<Doc>,
    analyzeAndPrepare: (input) => submit(input, true) as Promise<PreparedDocument>,
    async close() {
      closed = true;
      for (const q of queue.splice(0)) q.reject(new Error('analysis pool is closed'));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}

function inlinePool(analyzeOptions: AnalyzeOptions): AnalysisPool {
  const analyze = async (input: Fetched) => {
    const { analyzeBytes } = await import('../analyze.js');
    return analyzeBytes(input, analyzeOptions);
  };
  return {
    size: 0,
    analyze,
    async analyzeAndPrepare(input) {
      const { prepareDocument } = await import('../store/prepare.js');
      return prepareDocument(await analyze(input));
    },
    async close() {},
  };
}
