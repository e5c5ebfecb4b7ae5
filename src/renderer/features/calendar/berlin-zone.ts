// Europe/Berlin for luxon with its UTC offsets remembered. Luxon's IANAZone asks
// Intl.DateTimeFormat#formatToParts for the offset on every DateTime it builds, and the
// calendar's localizer builds thousands per view switch (slots, gutter, headers, events): most
// of B7's time went there. The offset is the same for a whole UTC hour unless a change falls
// inside it, so it is looked up once per hour — checked at both ends of the hour, and looked up
// instant by instant in the two hours a year in which it changes.
import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';
import { APP_TIME_ZONE } from '@shared/time/zoned';

const HOUR_MS = 3_600_000;

class RememberingZone extends Zone {
  private readonly inner: IANAZone;
  /** Offset in minutes per UTC hour; null where the offset changes within the hour. */
  private readonly byHour = new Map<number, number | null>();

  constructor(name: string) {
    super();
    this.inner = IANAZone.create(name);
  }

  // "iana" and the zone's name: luxon formats such a DateTime with Intl in this zone.
  override get type(): string {
    return 'iana';
  }
  override get name(): string {
    return this.inner.name;
  }
  get ianaName(): string {
    return this.inner.name;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): boolean {
    return this.inner.isValid;
  }
  override offsetName(ts: number, opts: ZoneOffsetOptions): string | null {
    return this.inner.offsetName(ts, opts);
  }
  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.inner.formatOffset(ts, format);
  }
  override offset(ts: number): number {
    if (!Number.isFinite(ts)) return this.inner.offset(ts);
    const hour = Math.floor(ts / HOUR_MS);
    let known = this.byHour.get(hour);
    if (known === undefined) {
      const start = this.inner.offset(hour * HOUR_MS);
      known = start === this.inner.offset((hour + 1) * HOUR_MS - 1) ? start : null;
      this.byHour.set(hour, known);
    }
    return known ?? this.inner.offset(ts);
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

/** Berlin for every luxon DateTime of the Kalender and the Zeitablauf day view. */
export const BERLIN = new RememberingZone(APP_TIME_ZONE);
