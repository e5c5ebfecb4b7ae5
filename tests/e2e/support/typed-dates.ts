// Dates typed the way planners write them in German fields.

/** `DD.MM.YYYY 19:30`, `days` from now (local clock of the browser under test). */
export function typedInDays(days: number, time = '19:30'): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${time}`;
}
