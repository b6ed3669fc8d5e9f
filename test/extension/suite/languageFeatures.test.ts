// The language features behind the editor's UI, asked through VS Code's own commands
// (vscode.execute*Provider), as the editor asks them: quick fixes, highlights, references,
// definition, rename and inlay hints on the fixture article and on unsaved articles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeWithoutSaving,
  diagCode,
  diagCodes,
  inside,
  openFixture,
  openUntitledArticle,
  poll,
  rangeOf,
  show,
  STRAIGHT_QUOTED,
  STRAIGHT_QUOTES_FIX,
} from './helpers';

/** Two straight-quoted quotations, one with a nested pair (as in docs/checks/straight-quotes.md). */
const TWO_STRAIGHT = [
  'Министр энергетики Павел Орлов заявил: "Проект "Северный маршрут" завершён".',
  '',
  'Депутат Иван Сергеев сказал: "Мы поддержим законопроект".',
  '',
].join('\n');

/** One person in four cases, and a quote attributed through "заявил он". */
const INFLECTED = [
  'Министр финансов Антон Громов выступил в Думе. Депутаты задали Громову несколько вопросов. С Громовым согласились не все.',
  '',
  'По словам Громова, бюджет будет сбалансирован. «Дефицит сократится», — заявил он.',
  '',
].join('\n');

async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const got = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, range);
  return (got ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

function titles(actions: vscode.CodeAction[] | undefined): string {
  return JSON.stringify((actions ?? []).map((a) => a.title));
}

function editsOf(edit: vscode.WorkspaceEdit | undefined, uri: vscode.Uri): vscode.TextEdit[] {
  return (edit?.get(uri) ?? []).slice().sort((a, b) => a.range.start.compareTo(b.range.start));
}

function hintLabel(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}

function locationRange(l: vscode.Location | vscode.LocationLink): vscode.Range {
  return 'targetUri' in l ? (l.targetSelectionRange ?? l.targetRange) : l.range;
}

describe('language features through the VS Code API', function () {
  let doc: vscode.TextDocument;

  before(async function () {
    doc = await openFixture();
    // the server has analysed the article once it published its diagnostics
    await poll('diagnostics', () => diagCodes(doc.uri), (cs) => cs.includes('straight-quotes'), (cs) => JSON.stringify(cs));
  });

  describe('quick fixes', function () {
    it('offer "Convert to « »" for the straight-quoted quotation, and both ways to disable the check', async function () {
      const quoted = rangeOf(doc, STRAIGHT_QUOTED);
      const diagnostic = vscode.languages.getDiagnostics(doc.uri).find((d) => diagCode(d) === 'straight-quotes');
      assert.ok(diagnostic, 'no straight-quotes diagnostic');
      assert.equal(show(doc, diagnostic.range), show(doc, quoted), 'the diagnostic covers the quoted text with its marks');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);

      const actions = await poll(
        'the straight-quotes quick fix',
        () => codeActions(doc.uri, new vscode.Range(inside(doc, STRAIGHT_QUOTED), inside(doc, STRAIGHT_QUOTED))),
        (as) => as.some((a) => STRAIGHT_QUOTES_FIX.test(a.title)),
        titles,
      );
      const fix = actions.find((a) => STRAIGHT_QUOTES_FIX.test(a.title))!;
      assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
      assert.equal(fix.isPreferred, true);
      // (vscode.executeCodeActionProvider does not hand back an action's diagnostics, so they are not checked here)
      const edits = editsOf(fix.edit, doc.uri);
      assert.deepEqual(
        edits.map((e) => [show(doc, e.range), e.newText]),
        [[show(doc, quoted), '«Мы поддержим законопроект»']],
      );
      // only one such finding in the article: no "fix all"
      assert.ok(!actions.some((a) => /\(all \d+|\(все \d+/.test(a.title)), `unexpected fix-all in ${titles(actions)}`);

      const inSettings = actions.find((a) => a.command?.command === 'ruNewsLens.disableCheck');
      assert.ok(inSettings, `no "disable in settings" action in ${titles(actions)}`);
      assert.deepEqual(inSettings.command?.arguments, ['straight-quotes']);
      const inArticle = actions.find((a) => /straight-quotes/.test(a.title) && a.edit);
      assert.ok(inArticle, `no "disable in this article" action in ${titles(actions)}`);
      assert.deepEqual(
        editsOf(inArticle.edit, doc.uri).map((e) => [e.range.start.line, e.range.start.character, e.newText]),
        [[0, 0, '<!-- ru-news-lens-disable straight-quotes -->\n']],
      );
    });

    it('offer none where there is no finding (a plain sentence)', async function () {
      const actions = await codeActions(doc.uri, new vscode.Range(inside(doc, 'выступая в Совете'), inside(doc, 'выступая в Совете')));
      assert.deepEqual(actions.map((a) => a.title), []);
    });

    it('"fix all" converts every straight-quoted quotation, nested pairs to „ “, and the findings go', async function () {
      const untitled = await openUntitledArticle(TWO_STRAIGHT);
      try {
        await poll('two straight-quotes diagnostics', () => diagCodes(untitled.uri), (cs) => cs.filter((c) => c === 'straight-quotes').length === 2, (cs) => JSON.stringify(cs));
        const at = inside(untitled, '"Проект');
        const actions = await poll(
          'the straight-quotes fixes',
          () => codeActions(untitled.uri, new vscode.Range(at, at)),
          (as) => as.some((a) => STRAIGHT_QUOTES_FIX.test(a.title)) && as.some((a) => /\((all|все) 2/.test(a.title)),
          titles,
        );
        const one = actions.find((a) => STRAIGHT_QUOTES_FIX.test(a.title))!;
        assert.deepEqual(editsOf(one.edit, untitled.uri).map((e) => e.newText), ['«Проект „Северный маршрут“ завершён»']);
        const all = actions.find((a) => /\((all|все) 2/.test(a.title))!;
        assert.equal(editsOf(all.edit, untitled.uri).length, 2);
        assert.ok(await vscode.workspace.applyEdit(all.edit!), 'applyEdit refused the fix-all edit');
        assert.equal(
          untitled.getText(),
          [
            'Министр энергетики Павел Орлов заявил: «Проект „Северный маршрут“ завершён».',
            '',
            'Депутат Иван Сергеев сказал: «Мы поддержим законопроект».',
            '',
          ].join('\n'),
        );
        await poll('the straight-quotes diagnostics to go', () => diagCodes(untitled.uri), (cs) => !cs.includes('straight-quotes'), (cs) => JSON.stringify(cs));
      } finally {
        await closeWithoutSaving(untitled);
      }
    });
  });

  describe('a person\'s mentions', function () {
    it('document highlights of "Захарова" are both mentions, the full name as the write', async function () {
      const highlights = await poll(
        'highlights',
        async () => (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, inside(doc, 'Захарова', 1))) ?? [],
        (hs) => hs.length > 0,
        (hs) => JSON.stringify(hs),
      );
      const got = highlights
        .slice()
        .sort((a, b) => a.range.start.compareTo(b.range.start))
        .map((h) => [show(doc, h.range), h.kind === vscode.DocumentHighlightKind.Write ? 'write' : 'read']);
      assert.deepEqual(got, [
        [show(doc, rangeOf(doc, 'Мария Захарова')), 'write'],
        [show(doc, rangeOf(doc, 'Захарова', 1)), 'read'],
      ]);
    });

    it('references of "Лавров" are "Сергей Лавров" and "Лавров"', async function () {
      const locations = await poll(
        'references',
        async () => (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, inside(doc, 'Лавров', 1))) ?? [],
        (ls) => ls.length > 0,
        (ls) => JSON.stringify(ls),
      );
      assert.ok(locations.every((l) => l.uri.toString() === doc.uri.toString()));
      assert.deepEqual(
        locations.map((l) => show(doc, l.range)).sort(),
        [show(doc, rangeOf(doc, 'Сергей Лавров')), show(doc, rangeOf(doc, 'Лавров', 1))].sort(),
      );
    });

    it('references of Ушаков include the pronouns that stand for him', async function () {
      const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, inside(doc, 'Ушаков', 1))) ?? [];
      const texts = locations.map((l) => doc.getText(l.range)).sort();
      assert.deepEqual(texts, ['Ушаков', 'Юрий Ушаков', 'его', 'он'].sort());
    });

    it('go to definition from a surname, and from "он", lands on the full name', async function () {
      const fromSurname = (await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, inside(doc, 'Слуцкий', 1))) ?? [];
      assert.deepEqual(fromSurname.map((l) => show(doc, locationRange(l))), [show(doc, rangeOf(doc, 'Леонид Слуцкий'))]);
      const he = rangeOf(doc, 'сказал он').end.translate(0, -1);
      const fromPronoun = (await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, he)) ?? [];
      assert.deepEqual(fromPronoun.map((l) => show(doc, locationRange(l))), [show(doc, rangeOf(doc, 'Юрий Ушаков'))]);
    });

    it('off a name there is no highlight, reference or definition', async function () {
      const at = inside(doc, 'переговоры');
      const hs = (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, at)) ?? [];
      const rs = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at)) ?? [];
      const ds = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, at)) ?? [];
      // VS Code may add word-based highlights of its own; none of ours (the person's mentions)
      assert.ok(!hs.some((h) => /Лавров|Ушаков|Захарова|Слуцкий/.test(doc.getText(h.range))), JSON.stringify(hs.map((h) => doc.getText(h.range))));
      assert.deepEqual([rs.length, ds.length], [0, 0]);
    });
  });

  describe('rename and inlay hints on an article with inflected mentions', function () {
    let untitled: vscode.TextDocument;
    before(async function () {
      untitled = await openUntitledArticle(INFLECTED);
    });
    after(async function () {
      if (untitled) await closeWithoutSaving(untitled);
    });

    it('inlay hint after "заявил он" names the speaker', async function () {
      const whole = new vscode.Range(0, 0, untitled.lineCount, 0);
      const hints = await poll(
        'inlay hints',
        async () => (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', untitled.uri, whole)) ?? [],
        (hs) => hs.length > 0,
        (hs) => JSON.stringify(hs),
      );
      assert.deepEqual(
        hints.map((h) => [hintLabel(h), h.position.line, h.position.character]),
        [['Антон Громов', rangeOf(untitled, 'заявил он').end.line, rangeOf(untitled, 'заявил он').end.character]],
      );
    });

    it('inlay hints in the fixture: "сказал он" and "По его словам" are Юрий Ушаков', async function () {
      const whole = new vscode.Range(0, 0, doc.lineCount, 0);
      const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole)) ?? [];
      const at = (needle: string) => rangeOf(doc, needle).end;
      const got = hints.map((h) => `${hintLabel(h)}@${h.position.line}:${h.position.character}`);
      for (const pos of [at('сказал он'), at('По его')]) {
        assert.ok(got.includes(`Юрий Ушаков@${pos.line}:${pos.character}`), `no "Юрий Ушаков" hint at ${pos.line}:${pos.character}: ${JSON.stringify(got)}`);
      }
    });

    it('prepareRename on "Громову" offers the nominative "Громов"', async function () {
      const word = rangeOf(untitled, 'Громову');
      const prepared = await poll(
        'prepareRename',
        async () => await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string } | undefined>('vscode.prepareRename', untitled.uri, inside(untitled, 'Громову')),
        (r) => !!r,
        (r) => JSON.stringify(r),
      );
      assert.equal(prepared!.placeholder, 'Громов');
      assert.equal(show(untitled, prepared!.range), show(untitled, word));
    });

    it('prepareRename off a name refuses', async function () {
      const result = await Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', untitled.uri, inside(untitled, 'бюджет'))).then(
        (r) => r,
        (e: unknown) => ({ rejected: String(e) }),
      );
      assert.ok(result === undefined || result === null || (typeof result === 'object' && 'rejected' in result), `prepareRename off a name gave ${JSON.stringify(result)}`);
    });

    it('renaming Громов to Петров inflects every mention, and the edit applies', async function () {
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', untitled.uri, inside(untitled, 'Громову'), 'Петров');
      const edits = editsOf(edit, untitled.uri);
      assert.deepEqual(
        edits.map((e) => [show(untitled, e.range), e.newText]),
        [
          [show(untitled, rangeOf(untitled, 'Громов')), 'Петров'],
          [show(untitled, rangeOf(untitled, 'Громову')), 'Петрову'],
          [show(untitled, rangeOf(untitled, 'Громовым')), 'Петровым'],
          [show(untitled, rangeOf(untitled, 'Громова')), 'Петрова'],
        ],
      );
      assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit refused the rename');
      assert.equal(untitled.getText(), INFLECTED.replace(/Громов/g, 'Петров'));
      // the renamed person is still one person with four name mentions
      const refs = await poll(
        'references of the renamed person',
        async () => (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', untitled.uri, inside(untitled, 'Петровым'))) ?? [],
        (ls) => ls.some((l) => untitled.getText(l.range) === 'Антон Петров'),
        (ls) => JSON.stringify((ls ?? []).map((l) => untitled.getText(l.range))),
      );
      assert.deepEqual(refs.map((l) => untitled.getText(l.range)).sort(), ['Антон Петров', 'Петрова', 'Петрову', 'Петровым', 'он'].sort());
    });
  });
});
