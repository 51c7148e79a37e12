/** An append-only column of 32-bit integers in one typed array (grown by doubling). */
export class IntColumn {
  private data: Int32Array;
  length = 0;

  constructor(initial: Int32Array | number = 1024) {
    if (typeof initial === 'number') {
      this.data = new Int32Array(Math.max(16, initial));
    } else {
      this.data = initial;
      this.length = initial.length;
    }
  }

  get(i: number): number {
    return this.data[i]!;
  }

  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }

  /** Appends `count` values of `from` starting at `start`. */
  pushRange(from: ArrayLike<number>, start: number, count: number): void {
    if (this.length + count > this.data.length) this.grow(this.length + count);
    for (let i = 0; i < count; i++) this.data[this.length + i] = from[start + i]!;
    this.length += count;
  }

  /**
   * Drops the spare capacity (when nothing more will be appended) if it is over a fifth of the
   * values: a little is cheaper kept than copied (BBC's token columns are 4 MB each: five copies
   * held the event loop ~10-40 ms at the end of a build).
   */
  trim(): void {
    if (this.data.length > this.length * 1.2) this.data = this.data.slice(0, this.length);
  }

  /** The values as a typed array (a view: valid until the next append). */
  values(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  private grow(needed: number): void {
    let size = this.data.length * 2;
    while (size < needed) size *= 2;
    const next = new Int32Array(size);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}
