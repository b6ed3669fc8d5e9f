import { startClient } from '../test/protocol/lspClient';
import { documentOfSize, percentile, corpusTexts as loadCorpusTexts } from "./corpusTexts";
async function main() {
  const texts = loadCorpusTexts();
  const client = await startClient({ workspace: { configuration: false } });
  const uri = 'file:///bench/edit.news';
  const text = documentOfSize(texts, 100_000);
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  await client.waitForDiagnostics(uri, (p) => p.version === 1, 60_000);
  const edits: number[] = [];
  const N = Number(process.env.EDITS ?? 200);
  for (let version = 2; version < 2 + N; version++) {
    const line = 10 + (version % 300);
    const started = performance.now();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'а' }] });
    await client.waitForDiagnostics(uri, (p) => p.version === version, 60_000);
    edits.push(performance.now() - started);
  }
  console.log('first30 p50', percentile(edits.slice(0,30), 50).toFixed(1), 'p95', percentile(edits.slice(0,30), 95).toFixed(1));
  console.log('all p50', percentile(edits, 50).toFixed(1), 'p95', percentile(edits, 95).toFixed(1), 'max', Math.max(...edits).toFixed(1));
  console.log('series', edits.map((e) => e.toFixed(0)).join(' '));
  await client.close();
}
main();
