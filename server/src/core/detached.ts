/**
 * A copy of a slice of a text. From 13 characters on, a JavaScript engine's slice points into
 * the whole text; kept in a cache that outlives the text (word forms, readings, lines), it would
 * keep alive every text that brought something new to the cache.
 */
export function detached(slice: string): string {
  // Concatenating makes the engine build a new flat string, which the slice then points into.
  return slice.length < 13 ? slice : (' ' + slice).slice(1);
}
