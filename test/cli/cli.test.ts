import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'energy-talks.news');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ru-news-lens analyze', () => {
  let folder: string;
  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js missing: run npm run build');
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rnl-cli-'));
    fs.writeFileSync(path.join(folder, 'a-good.txt'), 'Министр Николай Шульгин заявил: «Квоты останутся прежними».');
    fs.writeFileSync(path.join(folder, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(folder, 'c-broken.txt'), Buffer.concat([Buffer.from('Путин сказал '), Buffer.from([0xd0, 0x28, 0xff])]));
    fs.writeFileSync(path.join(folder, 'd-empty.txt'), '');
    fs.writeFileSync(path.join(folder, 'image.png'), Buffer.from([0x89, 0x50]));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints the contract for a file with --jsonl', () => {
    const { status, stdout } = cli('analyze', '--jsonl', SAMPLE);
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const result = JSON.parse(lines[0]);
    assert.equal(result.file, SAMPLE);
    const text = fs.readFileSync(SAMPLE, 'utf8');
    const shulgin = result.people.find((person: { name: string }) => person.name === 'Николай Шульгин');
    assert.ok(shulgin, 'Николай Шульгин not found');
    assert.equal(shulgin.gender, 'male');
    for (const mention of shulgin.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
    const quote = result.quotes.find((candidate: { text: string }) => candidate.text.startsWith('Мы не видим причин'));
    assert.equal(quote.speaker, shulgin.id);
    assert.equal(quote.kind, 'direct');
    assert.equal(text.slice(quote.start, quote.end), quote.text);
    assert.ok(Array.isArray(result.diagnostics));
  });

  it('analyses the good files of a folder, says one line per bad file and exits 1', () => {
    const { status, stdout, stderr } = cli('analyze', '--jsonl', folder);
    assert.equal(status, 1);
    const files = stdout.trim().split('\n').map((line) => JSON.parse(line).file as string);
    assert.deepEqual(files.map((file) => path.basename(file)), ['a-good.txt', 'd-empty.txt']);
    const messages = stderr.trim().split('\n');
    assert.equal(messages.length, 2);
    assert.match(messages[0], /b-binary\.txt: binary file/);
    assert.match(messages[1], /c-broken\.txt: not valid UTF-8/);
  });

  it('gives an empty file an empty result', () => {
    const { status, stdout } = cli('analyze', '--jsonl', path.join(folder, 'd-empty.txt'));
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout), { file: path.join(folder, 'd-empty.txt'), people: [], quotes: [], diagnostics: [] });
  });

  it('reports a missing path and still analyses the others, in input order', () => {
    const { status, stdout, stderr } = cli('analyze', '--jsonl', '/no/such/file.txt', SAMPLE);
    assert.equal(status, 1);
    assert.match(stderr, /\/no\/such\/file\.txt: no such file or folder/);
    assert.equal(stdout.trim().split('\n').length, 1);
  });

  it('gives the same output, in input order, on worker threads as in one thread', () => {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'rnl-many-'));
    try {
      const names = ['Анна Петрова', 'Олег Смирнов', 'Мария Иванова', 'Игорь Котов'];
      for (let i = 0; i < 40; i++) {
        const name = names[i % names.length];
        fs.writeFileSync(path.join(many, `article-${String(i).padStart(2, '0')}.txt`), `Депутат ${name} заявил журналистам: «Закон № ${i} будет принят».`);
      }
      fs.writeFileSync(path.join(many, 'article-17.txt'), Buffer.from([0xff, 0xfe, 0x00]));
      const parallel = cli('analyze', '--jsonl', '--jobs', '3', many);
      const sequential = cli('analyze', '--jsonl', '--jobs', '1', many);
      assert.equal(parallel.status, 1);
      assert.equal(parallel.stdout, sequential.stdout);
      assert.equal(parallel.stderr, sequential.stderr);
      assert.equal(parallel.stdout.trim().split('\n').length, 39);
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });

  it('exits 2 with usage for bad usage', () => {
    assert.equal(cli().status, 2);
    assert.equal(cli('analyse', SAMPLE).status, 2);
    assert.equal(cli('analyze').status, 2);
    const unknown = cli('analyze', '--yaml', SAMPLE);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown option: --yaml/);
    assert.equal(cli('analyze', '--jobs', '0', SAMPLE).status, 2);
  });

  it('prints a readable report with --pretty', () => {
    const { status, stdout } = cli('analyze', '--pretty', SAMPLE);
    assert.equal(status, 0);
    assert.match(stdout, /People \(\d+\):/);
    assert.match(stdout, /Николай Шульгин \(m\)/);
    assert.match(stdout, /Quotes \(\d+\):/);
  });
});
