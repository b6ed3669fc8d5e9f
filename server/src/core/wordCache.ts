/**
 * A cache by word form that outlives documents, bounded in two generations: a form is looked up
 * in the current one, then in the previous one (and carried over); when the current one is full,
 * it becomes the previous and the older one is dropped. Forms in use stay cached (a 1 MB article
 * has about 33,000), and at most twice `generation` forms are kept. Keys are copied out of the
 * text they came from (`detached`), so a cached form keeps no document alive.
 */
import { detached } from './detached';

export class WordCache<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly generation: number) {}

  /** The value kept for the form, if any (carried into the current generation). */
  get(form: string): V | undefined {
    const value = this.current.get(form);
    if (value !== undefined) return value;
    const older = this.previous.get(form);
    if (older !== undefined) this.set(detached(form), older);
    return older;
  }

  /** Keeps a value for a form not yet cached; `form` must already be a copy (see `detached`). */
  set(form: string, value: V): void {
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(form, value);
  }
}
