import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const settingsCode = read('server/src/settings.ts');
const clientCode = read('client/src/extension.ts');
const readme = read('README.md');

describe('package.json manifest', () => {
  const properties = Object.entries(manifest.contributes.configuration.properties) as [string, { default: unknown }][];

  it('every contributed setting is read by the code', () => {
    for (const [key] of properties) {
      const name = key.replace(/^ruNewsLens\./, '');
      if (name === 'trace.server') {
        // vscode-languageclient reads `<client id>.trace.server` itself.
        assert.match(clientCode, /new LanguageClient\('ruNewsLens'/);
        continue;
      }
      assert.ok(settingsCode.includes(`value.${name}`) || clientCode.includes(`'${name}'`), `${key} is not read by the server settings or the client`);
    }
  });

  it('every setting is documented in the README with its default', () => {
    for (const [key, schema] of properties) {
      assert.ok(readme.includes(`\`${key}\``), `${key} missing from README`);
      assert.ok(readme.includes(JSON.stringify(schema.default)), `${key} default ${JSON.stringify(schema.default)} missing from README`);
    }
  });

  it('every contributed command is registered by the client', () => {
    for (const command of manifest.contributes.commands as { command: string }[]) {
      assert.ok(clientCode.includes(`'${command.command}'`), `${command.command} is not registered`);
    }
  });

  it('the files the manifest names exist', () => {
    for (const language of manifest.contributes.languages) assert.ok(fs.existsSync(path.join(root, language.configuration)), language.configuration);
    for (const grammar of manifest.contributes.grammars) assert.ok(fs.existsSync(path.join(root, grammar.path)), grammar.path);
  });
});

describe('client translations', () => {
  it('every vscode.l10n.t string of the client has a Russian translation', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.ru.json')) as Record<string, string>;
    const clientFiles = fs.readdirSync(path.join(root, 'client', 'src')).map((file) => read(path.join('client', 'src', file)));
    const strings = clientFiles.flatMap((code) => [...code.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]));
    assert.ok(strings.length > 0);
    for (const text of strings) assert.ok(bundle[text], `no Russian for ${JSON.stringify(text)}`);
    assert.equal(manifest.l10n, './l10n');
  });
});

describe('the .vsix', () => {
  it('contains only what runs: the bundles, the dictionaries, the grammar, the manifest and its texts', () => {
    const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
    const listed = execFileSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n').map((line) => line.trim()).filter(Boolean).sort();
    const allowed = [/^dist\/(extension|server|cli)\.js$/, /^dist\/dicts\/[\w.-]+$/, /^syntaxes\/news-article\.tmLanguage\.json$/, /^l10n\/bundle\.l10n\.ru\.json$/,
      /^(package\.json|package\.nls\.json|package\.nls\.ru\.json|language-configuration\.json|README\.md|LICENSE|CHANGELOG\.md)$/];
    for (const file of listed) assert.ok(allowed.some((pattern) => pattern.test(file)), `${file} should not be in the .vsix`);
    for (const needed of ['dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/dicts/words.dawg', 'syntaxes/news-article.tmLanguage.json', 'package.json']) {
      assert.ok(listed.includes(needed), `${needed} missing from the .vsix`);
    }
  });
});
