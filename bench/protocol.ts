/**
 * Latency through the protocol against the bundled server: open → diagnostics for 5 KB, 100 KB
 * and 1 MB documents, a one-character edit in 100 KB → fresh diagnostics, hover and
 * documentSymbol, p50/p95 over repeated runs, cold start, and the server's peak RSS.
 */
import * as fs from 'node:fs';
import { startClient } from '../test/protocol/lspClient';
import { documentOfSize, percentile } from './corpusTexts';

const RUNS = 15;
/** Edits of the 100 KB document timed after its first RUNS × 2. */
const SESSION_EDITS = 150;

function peakRssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : NaN;
}

/** CPU time the server has used so far (all its threads), in ms: a figure a busy machine inflates less than wall time. */
function cpuMs(pid: number | undefined): number {
  if (!pid || !fs.existsSync(`/proc/${pid}/stat`)) return NaN;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

const CLOCK_TICKS = 100;

export async function benchProtocol(texts: readonly string[], print: (label: string, value: string) => void): Promise<void> {
  const coldStart = performance.now();
  const client = await startClient({ workspace: { configuration: false } });
  const small = documentOfSize(texts, 5_000);
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///bench/cold.news', languageId: 'news-article', version: 1, text: small } });
  await client.waitForDiagnostics('file:///bench/cold.news', () => true, 30_000);
  print('cold start → first diagnostics (5 KB)', `${(performance.now() - coldStart).toFixed(0)} ms`);

  try {
    for (const size of [5_000, 100_000, 1_000_000]) {
      const text = documentOfSize(texts, size);
      const times: number[] = [];
      const runs = size >= 1_000_000 ? 5 : RUNS;
      const cpuBefore = cpuMs(client.process.pid);
      for (let run = 0; run < runs; run++) {
        const uri = `file:///bench/open-${size}-${run}.news`;
        const started = performance.now();
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
        await client.waitForDiagnostics(uri, () => true, 60_000);
        times.push(performance.now() - started);
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      const cpu = (cpuMs(client.process.pid) - cpuBefore) / runs;
      print(`open → diagnostics, ${size / 1000} KB`, `p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, server CPU ${cpu.toFixed(1)} ms per open`);
    }

    const uri = 'file:///bench/edit.news';
    const text = documentOfSize(texts, 100_000);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
    await client.waitForDiagnostics(uri, (params) => params.version === 1, 60_000);
    // One character typed at the start of a line, each edit on the next line, timed to its diagnostics.
    const timeEdits = async (firstVersion: number, count: number) => {
      const times: number[] = [];
      const cpuBefore = cpuMs(client.process.pid);
      for (let version = firstVersion; version < firstVersion + count; version++) {
        const line = 10 + version;
        const started = performance.now();
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'а' }],
        });
        await client.waitForDiagnostics(uri, (params) => params.version === version, 60_000);
        times.push(performance.now() - started);
      }
      return { times, cpu: (cpuMs(client.process.pid) - cpuBefore) / count };
    };
    const edits = await timeEdits(2, RUNS * 2);
    print('one-char edit → diagnostics, 100 KB', `p50 ${percentile(edits.times, 50).toFixed(0)} ms, p95 ${percentile(edits.times, 95).toFixed(0)} ms (the first ${RUNS * 2} edits after opening; includes any typing debounce), server CPU ${edits.cpu.toFixed(1)} ms per edit`);
    // A typing session goes on: the same kind of edits, one after another over the lines below,
    // timed after the first ones (the edit path's own code is compiled by then).
    const session = await timeEdits(2 + RUNS * 2, SESSION_EDITS);
    print('  the next edits of the session', `p50 ${percentile(session.times, 50).toFixed(0)} ms, p95 ${percentile(session.times, 95).toFixed(0)} ms (${SESSION_EDITS} edits), server CPU ${session.cpu.toFixed(1)} ms per edit`);

    const hovers: number[] = [];
    const symbols: number[] = [];
    for (let run = 0; run < RUNS * 2; run++) {
      let started = performance.now();
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: run, character: 3 } });
      hovers.push(performance.now() - started);
      started = performance.now();
      await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      symbols.push(performance.now() - started);
    }
    print('hover, 100 KB', `p50 ${percentile(hovers, 50).toFixed(1)} ms, p95 ${percentile(hovers, 95).toFixed(1)} ms`);
    print('documentSymbol, 100 KB', `p50 ${percentile(symbols, 50).toFixed(1)} ms, p95 ${percentile(symbols, 95).toFixed(1)} ms`);
    print('server peak RSS', `${peakRssMb(client.process.pid).toFixed(0)} MB`);
  } finally {
    await client.close();
  }
}
