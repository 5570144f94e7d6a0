/**
 * Worker-thread entry: analyses the bytes it is sent with `analyzeBytes` and posts back the Doc (or,
 * for `parley add`, the rows the store writes for it), or the error (a ParleyError keeps its code).
 * Options arrive once, as plain JSON, in workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeBytes, type AnalyzeOptions } from '../analyze.js';
import { ParleyError } from '../errors.js';
import { prepareDocument } from '../store/prepare.js';
import type { WorkerReply, WorkerJob } from './pool.js';

const options = (workerData ?? {}) as AnalyzeOptions;

parentPort?.on('message', (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const doc = analyzeBytes({ uri: job.uri, bytes: job.bytes, ...(job.contentType !== undefined && { contentType: job.contentType }) }, options);
    // Preparing the rows here keeps that work off the thread that owns the database.
    reply = job.prepare ? { id: job.id, ok: true, prepared: prepareDocument(doc) } : { id: job.id, ok: true, doc };
  } catch (err) {
    reply =
      err instanceof ParleyError
        ? { id: job.id, ok: false, code: err.code, message: err.message }
        : { id: job.id, ok: false, message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined };
  }
  parentPort!.postMessage(reply);
});
