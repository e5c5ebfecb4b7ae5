// Date and time as planners read it (Europe/Berlin wall clock), stored as a UTC instant. Times
// in the spring-forward gap are refused; times in the autumn overlap are flagged.
import { DateTimePicker } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { instantToWall, wallToInstant } from '@shared/time/zoned';

interface Props {
  label: string;
  value: string | null;
  onChange(instant: string | null): void;
  /** A message from the caller's own checks (outside window, in the past …). */
  error?: string;
  readOnly?: boolean;
  testId: string;
  clearable?: boolean;
}

export function WallDateTimeField({
  label,
  value,
  onChange,
  error,
  readOnly,
  testId,
  clearable = true,
}: Props) {
  const { t } = useTranslation('workspace');
  const [own, setOwn] = useState<string | null>(null);
  const wall = value ? instantToWall(value) : null;
  return (
    <DateTimePicker
      label={label}
      value={wall ? `${wall.date} ${wall.time}:00` : null}
      onChange={(v) => {
        if (v === null || v === '') {
          setOwn(null);
          onChange(null);
          return;
        }
        const [date = '', time = ''] = String(v).split(' ');
        const r = wallToInstant({ date, time: time.slice(0, 5) });
        if (!r.ok) {
          setOwn(t(`general.errors.${r.error}`));
          return;
        }
        setOwn(r.ambiguous ? t('general.errors.ambiguous') : null);
        onChange(r.instant);
      }}
      valueFormat="DD.MM.YYYY HH:mm"
      clearable={clearable && !readOnly}
      clearButtonProps={{ 'aria-label': t('general.clearDate', { label }) }}
      readOnly={readOnly}
      disabled={readOnly}
      error={own ?? error}
      data-testid={testId}
      w={240}
    />
  );
}
