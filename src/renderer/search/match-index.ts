// A filtering full-text index: which documents match a query, not how well. The lists that
// search (Einsätze, Objekte, Behörden) keep their own order and only need the set of hits, so
// this skips ranking entirely: tokens map to posting lists of document slots, a query term
// matches every token it is a prefix of (plus, from five letters, tokens one or two edits
// away), and the terms of a query are combined with AND over a bitmap. That keeps a query over
// 100 000 documents to a few milliseconds where a ranking engine scores and sorts every hit.
import { fold, type SearchDoc } from './config';

/** Anything but letters and digits (any script) separates tokens. */
const SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Folded tokens; `split` on the lower-cased text once is much cheaper than a match per token. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const part of text.toLowerCase().split(SEPARATOR)) {
    const t = part && fold(part);
    if (t) out.push(t);
  }
  return out;
}

/** Edit distance allowed for a query term, as before: 20 % of its length from five letters. */
export const fuzzyDistance = (term: string): number =>
  term.length > 4 ? Math.floor(term.length * 0.2) : 0;

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** `text` cut into `n` nearly equal consecutive pieces. */
function splitInto(text: string, n: number): string[] {
  const size = Math.ceil(text.length / n);
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** Tokens added since the last sort are kept apart and scanned; merged in above this many. */
const UNSORTED_LIMIT = 5_000;

const HAS_LETTER = /\p{L}/u;

/** Letters in a term: a token without letters is at least this many edits away from it. */
function letterCount(term: string): number {
  let n = 0;
  for (const ch of term) if (HAS_LETTER.test(ch)) n++;
  return n;
}

export class MatchIndex {
  /** Document id per slot; a removed or replaced document leaves a dead slot (`null`). */
  private ids: (string | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private sorted: string[] = [];
  private unsorted: string[] = [];
  /**
   * The sorted tokens that contain a letter, by length: the fuzzy scan only looks at tokens of
   * a length within the edit distance, and skips the digit-only ones (house numbers, postal
   * codes, the numbers in names), which are most of the distinct tokens of 100 000 premises
   * and can never be within 20 % of a term made of letters. Extended with each sort, rebuilt
   * by `compact`.
   */
  private wordsByLength = new Map<number, string[]>();
  private numbers: string[] = [];
  private dead = 0;

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds or replaces documents. */
  upsert(docs: readonly SearchDoc[]): void {
    for (const doc of docs) {
      this.remove(doc.id);
      const slot = this.ids.length;
      this.ids.push(doc.id);
      this.slotOf.set(doc.id, slot);
      // One tokenize over all fields; a token seen twice in this document is already the
      // last entry of its posting list (slots only grow), so no per-document set is needed.
      for (const token of tokenize(Object.values(doc.text).join(' '))) {
        const list = this.postings.get(token);
        if (!list) {
          this.postings.set(token, [slot]);
          this.unsorted.push(token);
        } else if (list[list.length - 1] !== slot) list.push(slot);
      }
    }
    // Sorting is left to `prepare` (after a whole sync) or the next query: a build of 100 000
    // documents arrives in 20 messages, and merging into the sorted list after each one walked
    // every token 20 times.
    // Many dead slots make every query walk garbage: rebuild from the live postings.
    if (this.dead > 1000 && this.dead > this.slotOf.size) this.compact();
  }

  /** Merges the tokens added since the last sort, if there are many (after a sync). */
  prepare(): void {
    if (this.unsorted.length > UNSORTED_LIMIT) this.sortTokens();
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.dead++;
  }

  /** Ids of the documents matching every term of the query (empty query: none). */
  search(query: string): string[] {
    const terms = [...new Set(tokenize(query))];
    if (terms.length === 0) return [];
    // Sorted at query time, not per upsert: a build in slices would sort again and again.
    if (this.unsorted.length > UNSORTED_LIMIT) this.sortTokens();
    let hits: Uint8Array | null = null;
    for (const term of terms) {
      const marks = new Uint8Array(this.ids.length);
      for (const token of this.tokensFor(term)) {
        for (const slot of this.postings.get(token) ?? []) marks[slot] = 1;
      }
      if (hits) {
        for (let i = 0; i < marks.length; i++) if (!hits[i]) marks[i] = 0;
      }
      hits = marks;
    }
    const out: string[] = [];
    if (!hits) return out;
    for (let i = 0; i < hits.length; i++) {
      const id = hits[i] ? this.ids[i] : null;
      if (id) out.push(id);
    }
    return out;
  }

  /** Merges the new tokens into the sorted list (sorting only the new ones). */
  private sortTokens(): void {
    const fresh = this.unsorted.sort();
    const old = this.sorted;
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < old.length || j < fresh.length) {
      const a = old[i];
      const b = fresh[j];
      if (b === undefined || (a !== undefined && a < b)) {
        merged.push(a ?? '');
        i++;
      } else {
        merged.push(b);
        j++;
      }
    }
    this.sorted = merged;
    this.unsorted = [];
    // Only the new tokens are classified: the fuzzy scan does not need the buckets in order.
    this.classify(fresh);
  }

  /** Adds tokens to the by-length buckets (words) or to the digit-only list. */
  private classify(tokens: readonly string[]): void {
    for (const t of tokens) {
      if (!HAS_LETTER.test(t)) this.numbers.push(t);
      else {
        const list = this.wordsByLength.get(t.length);
        if (list) list.push(t);
        else this.wordsByLength.set(t.length, [t]);
      }
    }
  }

  private indexLengths(): void {
    this.wordsByLength = new Map();
    this.numbers = [];
    this.classify(this.sorted);
  }

  /** Tokens that start with `term`, and from five letters those within its edit distance. */
  private tokensFor(term: string): string[] {
    const out: string[] = [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] ?? '') < term) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length; i++) {
      const t = this.sorted[i] ?? '';
      if (!t.startsWith(term)) break;
      out.push(t);
    }
    for (const t of this.unsorted) if (t.startsWith(term)) out.push(t);
    const max = fuzzyDistance(term);
    if (max > 0) {
      // With at most `max` edits, one of `max + 1` disjoint pieces of the term survives intact
      // in the token (pigeonhole), so a native substring test rules out almost every token
      // before the edit distance is computed.
      const pieces = splitInto(term, max + 1);
      const scan = (t: string) => {
        if (Math.abs(t.length - term.length) > max || t.startsWith(term)) return;
        if (!pieces.some((p) => t.includes(p))) return;
        if (boundedDistance(term, t, max) <= max) out.push(t);
      };
      for (let len = term.length - max; len <= term.length + max; len++) {
        this.wordsByLength.get(len)?.forEach(scan);
      }
      if (letterCount(term) <= max) this.numbers.forEach(scan);
      this.unsorted.forEach(scan);
    }
    return out;
  }

  private compact(): void {
    const live = new Map<number, number>();
    const ids: string[] = [];
    this.ids.forEach((id, slot) => {
      if (id === null) return;
      live.set(slot, ids.length);
      this.slotOf.set(id, ids.length);
      ids.push(id);
    });
    for (const [token, list] of this.postings) {
      const next: number[] = [];
      for (const slot of list) {
        const to = live.get(slot);
        if (to !== undefined) next.push(to);
      }
      if (next.length > 0) this.postings.set(token, next);
      else this.postings.delete(token);
    }
    this.ids = ids;
    this.dead = 0;
    this.sorted = [...this.postings.keys()].sort();
    this.unsorted = [];
    this.indexLengths();
  }
}
