/**
 * Shared mechanics for tests in real VS Code served by code-server and driven
 * through headless Chromium (test/ui and test/extension use it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Poll fn until it returns a truthy value; throw with the last error on timeout. */
export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined | null | false>,
  timeoutMs: number,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}` +
          (lastErr ? ` (last error: ${String((lastErr as Error).message ?? lastErr).split('\n')[0]})` : ''),
      );
    }
    await sleep(intervalMs);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function toolsDir(): string {
  return process.env.RU_NEWS_LENS_TOOLS || path.join(os.homedir(), '.cache', 'ru-news-lens-tools');
}

/** The code-server wrapper made by scripts/setup-tools.sh, or undefined. */
export function codeServerPath(): string | undefined {
  const cs = process.env.RU_NEWS_LENS_CODE_SERVER || path.join(toolsDir(), 'bin', 'code-server');
  return fs.existsSync(cs) ? cs : undefined;
}

export function chromiumPath(): string | undefined {
  const p = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return fs.existsSync(p) ? p : undefined;
}

/** User settings that keep VS Code quiet and offline-friendly. */
export function writeUserSettings(userDataDir: string, extra: Record<string, unknown> = {}): void {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const settings = {
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'window.commandCenter': false,
    'editor.minimap.enabled': false,
    ...extra,
  };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

export interface CodeServer {
  url: string;
  port: number;
  child: ChildProcess;
  /** Why it exited, once it did. */
  exited(): string | undefined;
  stop(): Promise<void>;
}

// EXTENSIONS_GALLERY={} turns the extension marketplace off: nothing is looked up off this machine
export const CODE_SERVER_ENV = { CS_DISABLE_GETTING_STARTED_OVERRIDE: '1', EXTENSIONS_GALLERY: '{}' };

/** Starts code-server on 127.0.0.1 with a free port and waits until /healthz answers. */
export async function startCodeServer(opts: {
  bin: string;
  userDataDir: string;
  extensionsDir: string;
  workspace: string;
  logFile: string;
  extraArgs?: string[];
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<CodeServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFd = fs.openSync(opts.logFile, 'w');
  const child = spawn(
    opts.bin,
    [
      '--user-data-dir',
      opts.userDataDir,
      '--extensions-dir',
      opts.extensionsDir,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-file-downloads',
      '--ignore-last-opened',
      ...(opts.extraArgs ?? []),
      opts.workspace,
    ],
    {
      env: { ...process.env, ...CODE_SERVER_ENV, ...(opts.env ?? {}) },
      stdio: ['ignore', logFd, logFd],
      detached: true, // own process group, so that stop() ends its children too
    },
  );
  fs.closeSync(logFd);
  let exitReason: string | undefined;
  child.on('exit', (code, sig) => {
    exitReason = `code-server exited (code ${code}, signal ${sig}); see ${opts.logFile}`;
  });
  child.on('error', (e) => {
    exitReason = `code-server could not start: ${e.message}`;
  });
  const cs: CodeServer = {
    url,
    port,
    child,
    exited: () => exitReason,
    stop: async () => {
      if (!child.pid) return;
      const alive = child.exitCode === null && child.signalCode === null;
      const gone = alive ? new Promise<void>((r) => child.once('exit', () => r())) : Promise.resolve();
      // the whole group: the leader and what it started (extension host, language server)
      killGroup(child, 'SIGTERM');
      await Promise.race([gone, sleep(5_000)]);
      await sleep(300);
      killGroup(child, 'SIGKILL');
    },
  };
  try {
    await waitFor(
      'code-server to answer /healthz',
      async () => {
        if (exitReason) throw new Error(exitReason);
        const res = await fetch(`${url}/healthz`).catch(() => undefined);
        return res?.ok;
      },
      opts.timeoutMs ?? 60_000,
      300,
    );
  } catch (e) {
    await cs.stop();
    throw new Error(`${(e as Error).message}${exitReason ? `; ${exitReason}` : ''}`);
  }
  return cs;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // no such group any more: nothing left to end
  }
}

/** Headless Chromium with a fresh profile folder. */
export async function launchBrowser(profileDir: string, executablePath: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    locale: 'en-US',
    args: CHROMIUM_ARGS,
  });
}
