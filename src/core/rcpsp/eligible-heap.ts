// The activities eligible to be scheduled next (all predecessors scheduled), smallest priority key
// first, ties by activity number so a decoding is deterministic. A binary heap over preallocated
// storage: schedule generation runs thousands of times per search and must not allocate.

export class EligibleHeap {
  private readonly items: Int32Array;
  private size = 0;
  private keys: ArrayLike<number> = [];

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
  }

  /** Empties the heap and orders it by these keys from now on. */
  reset(keys: ArrayLike<number>): void {
    this.keys = keys;
    this.size = 0;
  }

  get length(): number {
    return this.size;
  }

  private before(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  push(activity: number): void {
    const items = this.items;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(activity, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = activity;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items[--this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.before(items[child + 1]!, items[child]!)) child++;
      if (!this.before(items[child]!, last)) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
