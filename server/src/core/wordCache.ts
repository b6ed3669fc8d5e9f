/**
 * A cache by word form that outlives documents, bounded: it holds at most `capacity` forms.
 * When it is full, a sweep keeps the forms looked up (or added) since the previous sweep, up to
 * three quarters of the capacity, and drops the rest; so a working set smaller than the capacity
 * stays cached whole, and a hit costs no copying (a 1 MB article has about 33,000 forms).
 * Keys are copied out of the text they came from (`detached`), so a cached form keeps no
 * document alive. A form can be looked up by its span of a text (`getSpan`), without cutting
 * it out: the tokenizer finds a token's form before it has a string of its own.
 */

/** Share of the capacity a sweep keeps at most, so that the next sweep is a quarter of the capacity away. */
const KEPT_BY_SWEEP = 0.75;
const INITIAL_SLOTS = 64;

export class WordCache<V> {
  // An open-addressing table with linear probing, at most three quarters full (small, so that more
  // of it stays in the processor's cache). Per slot: a mark, the key's hash (even; 0: free) plus 1
  // when the form was used since the last sweep; and the key and value side by side in `entries`.
  // A hit reads one line of each and the key's text.
  private marks = new Int32Array(INITIAL_SLOTS);
  private entries: unknown[] = new Array(2 * INITIAL_SLOTS).fill(undefined);
  private count = 0;

  constructor(private readonly capacity: number) {}

  /** The value kept for the form, if any. */
  get(form: string): V | undefined {
    const hash = spanHash(form, 0, form.length);
    const mask = this.marks.length - 1;
    for (let slot = (hash >>> 1) & mask; ; slot = (slot + 1) & mask) {
      const mark = this.marks[slot];
      if (mark === 0) return undefined;
      if ((mark & ~1) === hash && this.entries[2 * slot] === form) return this.use(slot, mark);
    }
  }

  /** The value kept for the form written at text[start, end), if any. */
  getSpan(text: string, start: number, end: number): V | undefined {
    const hash = spanHash(text, start, end);
    const mask = this.marks.length - 1;
    for (let slot = (hash >>> 1) & mask; ; slot = (slot + 1) & mask) {
      const mark = this.marks[slot];
      if (mark === 0) return undefined;
      if ((mark & ~1) === hash && spells(this.entries[2 * slot] as string, text, start, end)) return this.use(slot, mark);
    }
  }

  /** Keeps a value for a form not yet cached; `form` must already be a copy (see `detached`). */
  set(form: string, value: V): void {
    if (this.count >= this.capacity) this.sweep();
    if (4 * (this.count + 1) > 3 * this.marks.length) this.rehash(2 * this.marks.length);
    this.place(spanHash(form, 0, form.length) | 1, form, value);
  }

  private use(slot: number, mark: number): V {
    if ((mark & 1) === 0) this.marks[slot] = mark | 1;
    return this.entries[2 * slot + 1] as V;
  }

  /** Keeps the forms used since the last sweep (as many as `KEPT_BY_SWEEP` allows), marked unused. */
  private sweep(): void {
    const { marks, entries } = this;
    const kept = Math.floor(this.capacity * KEPT_BY_SWEEP);
    this.allocate(marks.length);
    for (let slot = 0; slot < marks.length && this.count < kept; slot++) {
      if ((marks[slot] & 1) === 1) this.place(marks[slot] & ~1, entries[2 * slot] as string, entries[2 * slot + 1] as V);
    }
  }

  private rehash(slots: number): void {
    const { marks, entries } = this;
    this.allocate(slots);
    for (let slot = 0; slot < marks.length; slot++) {
      if (marks[slot] !== 0) this.place(marks[slot], entries[2 * slot] as string, entries[2 * slot + 1] as V);
    }
  }

  private allocate(slots: number): void {
    this.marks = new Int32Array(slots);
    this.entries = new Array(2 * slots).fill(undefined);
    this.count = 0;
  }

  private place(mark: number, form: string, value: V): void {
    const mask = this.marks.length - 1;
    let slot = (mark >>> 1) & mask;
    while (this.marks[slot] !== 0) slot = (slot + 1) & mask;
    this.marks[slot] = mark;
    this.entries[2 * slot] = form;
    this.entries[2 * slot + 1] = value;
    this.count++;
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end), mixed so that the bits that pick the slot depend on every bit; even and never 0. */
function spanHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x45d9f3b);
  hash ^= hash >>> 16;
  hash &= ~1;
  return hash === 0 ? 2 : hash;
}

/** Whether `form` is what text[start, end) says. */
function spells(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

