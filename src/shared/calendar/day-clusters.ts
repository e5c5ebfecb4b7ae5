// A busy day drawn as one "k Einsätze" block instead of k events: a month with 1 000 operations
// put 30 on a day, and react-big-calendar lays out and draws each of them in month and week
// views (B7), where they overlap into unreadable slivers anyway. Days with at most `maxPerDay`
// keep their events; the day view and the list never cluster.

export interface DayCluster<T> {
  /** The Berlin day the clustered items start on (`YYYY-MM-DD`). */
  day: string;
  items: T[];
}

export interface Clustered<T> {
  /** Items of days that keep their own events, day by day. */
  singles: T[];
  /** One per busy day, in the order the days first appear. */
  clusters: DayCluster<T>[];
}

/** Groups `items` by `dayOf` and clusters every day holding more than `maxPerDay`. */
export function clusterByDay<T>(
  items: readonly T[],
  dayOf: (item: T) => string,
  maxPerDay: number,
): Clustered<T> {
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    const day = dayOf(item);
    const list = byDay.get(day);
    if (list) list.push(item);
    else byDay.set(day, [item]);
  }
  const singles: T[] = [];
  const clusters: DayCluster<T>[] = [];
  for (const [day, list] of byDay) {
    if (list.length > maxPerDay) clusters.push({ day, items: list });
    else singles.push(...list);
  }
  return { singles, clusters };
}
