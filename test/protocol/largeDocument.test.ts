import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startClient, type TestClient } from './lspClient';

// Paragraphs written for this test; each copy gets its own numbers and surnames so that the
// document has many word forms, as a long real one would.
function paragraph(index: number): string {
  const surname = ['Лебедев', 'Соколов', 'Волков', 'Зайцев', 'Морозов'][index % 5];
  return [
    `Глава района Андрей ${surname} ${index + 2} марта открыл новую школу на ${index % 900 + 100} мест.`,
    '',
    `«Мы строили её ${index % 7 + 2} года», — сказал ${surname} на церемонии. По его словам, к осени в районе откроют ещё один детский сад.`,
    '',
    `Депутат Елена Кравцова-${index} заявила, что бюджет на ремонт дорог увеличат.`,
    '',
  ].join('\n');
}

function peakRssMb(pid: number): number {
  return Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

describe('a 2 MB document', () => {
  let client: TestClient;
  before(async () => { client = await startClient({ workspace: { configuration: false } }); });
  after(async () => client.close());

  it('is analysed in bounded memory, and the server stays up', { timeout: 120_000 }, async () => {
    const parts: string[] = [];
    let length = 0;
    // Just under the default ruNewsLens.maxDocumentSize (2,000,000 characters).
    for (let index = 0; length + paragraph(index).length < 2_000_000; index++) {
      parts.push(paragraph(index));
      length += parts[parts.length - 1].length;
    }
    const uri = 'file:///large/two-megabytes.news';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: parts.join('') } });
    const published = await client.waitForDiagnostics(uri, () => true, 110_000);
    assert.equal(client.process.exitCode, null, 'the server exited');
    assert.equal(published.version, 1);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 16 } });
    assert.ok(hover, 'no hover on the first name');
    // About 280 MB here, dictionaries included; a guard against the heap growing without bound.
    if (process.platform === 'linux') assert.ok(peakRssMb(client.process.pid!) < 600, `peak RSS ${peakRssMb(client.process.pid!).toFixed(0)} MB`);
  });
});
