/**
 * Per-user cooldown between commands. Within the window the first extra command gets a private
 * "slow down" and the rest of a flood is dropped (not answered), so a flood never turns into a
 * flood of API calls.
 */
export type CooldownVerdict = { ok: true } | { ok: false; warn: boolean; retryAfterMs: number };

export class Cooldown {
  private readonly users = new Map<string, { until: number; warned: boolean }>();

  constructor(
    readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  check(userId: string): CooldownVerdict {
    if (this.seconds <= 0) return { ok: true };
    const now = this.now();
    const entry = this.users.get(userId);
    if (entry && entry.until > now) {
      const warn = !entry.warned;
      entry.warned = true;
      return { ok: false, warn, retryAfterMs: entry.until - now };
    }
    if (this.users.size > 10_000) for (const [id, e] of this.users) if (e.until <= now) this.users.delete(id);
    this.users.set(userId, { until: now + this.seconds * 1000, warned: false });
    return { ok: true };
  }
}
