/**
 * What every evaluation suite gets: where the corpora are, and the CLI's analysis of a list of
 * files (the evaluation scores what `node dist/cli.js analyze --jsonl` prints, nothing else).
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import type { ContractResult } from '../server/src/core/serialize';

export interface EvalContext {
  /** ../shared/corpus beside the project root (or RU_NEWS_LENS_CORPUS). */
  corpus: string;
  /** Runs the built CLI over the files and returns one result per file, in order, with the wall time. */
  analyzeFiles(files: readonly string[]): Promise<{ results: ContractResult[]; seconds: number }>;
  /** Prints one figure line, collected for the final summary too. */
  report(suite: string, metric: string, value: number | string): void;
}

export const projectRoot = path.resolve(__dirname, '..');

/** Runs `node dist/cli.js analyze --jsonl` over the files, in batches to keep argv short. */
export async function analyzeWithCli(files: readonly string[]): Promise<{ results: ContractResult[]; seconds: number }> {
  const started = process.hrtime.bigint();
  const results: ContractResult[] = [];
  for (let i = 0; i < files.length; i += 500) {
    results.push(...(await runCli(files.slice(i, i + 500))));
  }
  return { results, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

function runCli(files: readonly string[]): Promise<ContractResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'dist', 'cli.js'), 'analyze', '--jsonl', ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter((line) => line.trim() !== '');
      const results = lines.map((line) => JSON.parse(line) as ContractResult);
      if (results.length !== files.length) reject(new Error(`CLI returned ${results.length} results for ${files.length} files (exit ${code})`));
      else resolve(results);
    });
  });
}
