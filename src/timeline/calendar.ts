/** Calendar arithmetic on plain year-month-day triples (no time zones: dates in articles are days). */

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function toDays(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / 86400000);
}

export function fromDays(n: number): Ymd {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function fmtDay(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function weekday(t: Ymd): number {
  // 0 = Sunday
  return new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function parseIsoDay(s: string | undefined): Ymd | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return validDay(y, mo, d) ? { y, m: mo, d } : undefined;
}
