// Mocha entry loaded by VS Code's extension host (extensionTestsPath).
// Prints a start marker and a closing "extension: N passed, N failed" line,
// which the runners (and scripts/test-all.mjs) read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export const START_MARKER = 'ru-news-lens extension suite: start';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  console.log(START_MARKER);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        console.log(`extension: ${passed} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
        else if (passed === 0) reject(new Error('no extension test ran'));
        else resolve();
      });
    } catch (e) {
      console.log(`extension: 0 passed, 1 failed`);
      reject(e);
    }
  });
}
