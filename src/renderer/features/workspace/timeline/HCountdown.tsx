// The "now" line's words during the operation: how long until H, or how long since. The day
// view draws the line itself; this says it in numbers, refreshed every half minute.
import { Badge } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operationSpan } from '@shared/calendar';
import type { Operation } from '@shared/domain';
import { formatOffset, instantToOffset } from '@shared/time/h-hour';

const TICK_MS = 30_000;

export function HCountdown({ operation }: { operation: Operation }) {
  const { t } = useTranslation('calendar');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(id);
  }, []);
  const span = operationSpan(operation);
  const h = operation.hHour;
  if (!span || h === null || now < Date.parse(span.start) || now > Date.parse(span.end))
    return null;
  const offset = instantToOffset(h, new Date(now).toISOString());
  return (
    <Badge color="red" variant="light" size="lg" data-testid="h-countdown" role="status">
      {offset < 0
        ? t('day.untilH', { time: formatOffset(-offset).slice(2) })
        : t('day.sinceH', { offset: formatOffset(offset) })}
    </Badge>
  );
}
