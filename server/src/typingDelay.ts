/**
 * How long diagnostics wait after a change. An edit that comes after a pause at least as long as
 * the last analysis took is analysed at once, when that analysis was short (at most the longest
 * wait): the server keeps up with such typing without falling behind. Edits closer together
 * than that, and edits of documents whose analysis is long, wait for a pause of about the last
 * analysis time (bounded), so fast typing is analysed in batches. A document analysed for the
 * first time is not delayed.
 */
export const SHORTEST_WAIT_MS = 10;
export const LONGEST_WAIT_MS = 150;

/** The wait before analysing, from the last analysis time (undefined before the first) and the pause since the last change. */
export function typingDelay(lastAnalysisMs: number | undefined, pauseMs: number): number {
  if (lastAnalysisMs === undefined || (pauseMs >= lastAnalysisMs && lastAnalysisMs <= LONGEST_WAIT_MS)) return 0;
  return Math.min(LONGEST_WAIT_MS, Math.max(SHORTEST_WAIT_MS, lastAnalysisMs));
}
