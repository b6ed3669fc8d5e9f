// `npm test`: every suite in order — typecheck, build, core/eval/grammar/protocol tests (node:test),
// packaging, the @vscode/test-electron suite (skipped where VS Code cannot be had) and the UI test
// in code-server. Prints one closing line: `tests: N passed, N failed, N skipped`.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'typecheck', command: 'npm', args: ['run', '-s', 'typecheck'] },
  { name: 'build', command: 'npm', args: ['run', '-s', 'build'] },
  { name: 'unit, grammar and protocol tests', command: 'node', args: ['scripts/node-tests.mjs', 'test/core', 'test/eval', 'test/client', 'test/grammar', 'test/cli', 'test/protocol', 'test/soak', 'test/manifest'] },
  { name: 'package', command: 'npm', args: ['run', '-s', 'package'] },
  { name: 'extension tests (@vscode/test-electron)', command: 'npm', args: ['run', '-s', 'test:extension'] },
  { name: 'UI test in code-server', command: 'npm', args: ['run', '-s', 'test:ui'] },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const counts = { passed: 0, failed: 0, skipped: 0, seen: false };
    const scan = (chunk, stream) => {
      stream.write(chunk);
      for (const line of chunk.toString().split('\n')) {
        let match;
        if ((match = /^# pass (\d+)/.exec(line))) { counts.passed += Number(match[1]); counts.seen = true; }
        else if ((match = /^# fail (\d+)/.exec(line))) counts.failed += Number(match[1]);
        else if ((match = /^# skipped (\d+)/.exec(line))) counts.skipped += Number(match[1]);
        else if ((match = /^(?:ui|extension): (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(line.trim()))) {
          counts.passed += Number(match[1]); counts.failed += Number(match[2]); counts.skipped += Number(match[3] ?? 0); counts.seen = true;
        } else if (/SKIPPED/.test(line)) { counts.skipped += 1; counts.seen = true; }
      }
    };
    child.stdout.on('data', (chunk) => scan(chunk, process.stdout));
    child.stderr.on('data', (chunk) => scan(chunk, process.stderr));
    child.on('close', (code) => resolve({ code, counts }));
  });
}

for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const { code, counts } = await run(step);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (code !== 0) {
    failures.push(step.name);
    if (counts.failed === 0) totals.failed += 1; // a step that broke without counting still fails the run
  }
}

console.log('');
if (failures.length > 0) console.log(`failed steps: ${failures.join(', ')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length > 0 ? 1 : 0);
