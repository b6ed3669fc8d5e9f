/**
 * The Node flags the language server runs with: the VS Code client starts it with them, and so
 * do the protocol tests and the benchmark. Another editor starts `node <flags> dist/server.js
 * --stdio` (README); without them the server works the same, using more memory.
 *
 * `--max-semi-space-size=8`: V8's young generation of two 8 MB halves rather than its default 16.
 * Measured on the benchmark's protocol run (5 KB, 100 KB, then 1 MB documents): the server's peak
 * RSS went from 266 to 240 MB, with no CPU cost that could be measured (user CPU over four passes
 * of the corpus 11.2–11.4 s either way). At 4 MB the CPU cost was about 7%.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
