/**
 * Analyses many files on worker threads and yields the results in input order. At most
 * `window` files are in flight or waiting to be written, so memory stays bounded however long
 * the archive is.
 */
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';

export interface FileOutcome {
  index: number;
  /** The formatted output for the file, or the reason it could not be analysed. */
  output?: string;
  error?: string;
}

export interface WorkerRequest { index: number; file: string; format: 'jsonl' | 'pretty' }

/** How many workers to use when the user does not say: all cores but one for the writer, at least one. */
export function defaultJobs(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(8, cores));
}

/** Runs `script` (this bundle, in worker mode) on `jobs` threads over the files; yields outcomes in input order. */
export async function* analyzeInWorkers(script: string, files: readonly string[], format: 'jsonl' | 'pretty', jobs: number): AsyncGenerator<FileOutcome> {
  const window = jobs * 16;
  const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new Worker(script, { workerData: { role: 'ru-news-lens-worker' } }));
  const ready = new Map<number, FileOutcome>();
  let next = 0;
  let written = 0;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;

  const dispatch = (worker: Worker) => {
    if (next < files.length && next < written + window) {
      const request: WorkerRequest = { index: next, file: files[next], format };
      next++;
      worker.postMessage(request);
      return true;
    }
    return false;
  };
  const idle: Worker[] = [];
  for (const worker of workers) {
    worker.on('message', (outcome: FileOutcome) => {
      ready.set(outcome.index, outcome);
      if (!dispatch(worker)) idle.push(worker);
      wake?.();
    });
    worker.on('error', (error) => { failure = error; wake?.(); });
    if (!dispatch(worker)) idle.push(worker);
  }
  try {
    while (written < files.length) {
      const outcome = ready.get(written);
      if (outcome) {
        ready.delete(written);
        written++;
        while (idle.length > 0 && dispatch(idle[idle.length - 1])) idle.pop();
        yield outcome;
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((resolve) => { wake = resolve; });
      wake = undefined;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
