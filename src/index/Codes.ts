/** Numbers for a small set of repeated strings (token types, POS tags, roles), first seen first. */
export class Codes {
  readonly list: string[] = [];
  private readonly map = new Map<string, number>();

  constructor(initial: readonly string[] = []) {
    for (const s of initial) this.code(s);
  }

  /** The code of `s`, or -1 when it has none (without giving it one). */
  find(s: string): number {
    return this.map.get(s) ?? -1;
  }

  code(s: string): number {
    let c = this.map.get(s);
    if (c === undefined) {
      c = this.list.length;
      this.list.push(s);
      this.map.set(s, c);
    }
    return c;
  }
}
