// The date-only sibling of DateTimeField, for filters and ranges: typed (`11.12.2026`) or picked
// from Mantine's calendar. It keeps the text as typed and passes on only what the text clearly
// means — a real day, or null for an emptied field; anything else shows a message once the
// field is left and changes nothing.
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWallDate, parseWallText } from '@shared/time/typed-date-time';

/** `11.12.2026` (or `2026-12-11`) → `2026-12-11`; null for a time, a day that does not exist, or anything else. */
export function readTypedDate(text: string): string | null {
  const wall = parseWallText(text);
  if (!wall || wall.time !== null) return null;
  // 31.02. parses but is no day: a real one survives the round trip through Date.
  const d = new Date(`${wall.date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === wall.date
    ? wall.date
    : null;
}

export interface DateFieldProps {
  label: string;
  /** The day as `YYYY-MM-DD`, or null. */
  value: string | null;
  onChange(date: string | null): void;
  /** A message from the caller's own checks (a reversed range …). */
  error?: string;
  testId?: string;
  w?: TextInputProps['w'];
}

export function DateField({ label, value, onChange, error, testId, w = 170 }: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (value ? formatWallDate(value) : ''));
  const [touched, setTouched] = useState(false);
  const [opened, setOpened] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const seen = useRef(value);

  // A new value from outside (a reset, the URL) replaces the text unless it already says it.
  useEffect(() => {
    if (value === seen.current) return;
    seen.current = value;
    setText((current) =>
      readTypedDate(current) === value ? current : value ? formatWallDate(value) : '',
    );
  }, [value]);

  const apply = (next: string) => {
    setText(next);
    const day = next.trim() === '' ? null : readTypedDate(next);
    if (day === null && next.trim() !== '') return;
    seen.current = day;
    if (day !== value) onChange(day);
  };
  const invalid = text.trim() !== '' && readTypedDate(text) === null;

  return (
    // No popup roles on the text field (a textbox may not carry aria-expanded): the calendar
    // button says what it opens.
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      trapFocus
      withRoles={false}
    >
      <Popover.Target>
        <TextInput
          ref={input}
          label={label}
          // The format is a visible hint, not a faint placeholder (WCAG 1.4.3, 3.3.2).
          description={t('dateField.hint')}
          value={text}
          onChange={(e) => apply(e.currentTarget.value)}
          onBlur={() => setTouched(true)}
          error={(invalid && touched ? t('dateField.invalid') : undefined) ?? error}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          w={w}
          data-testid={testId}
          rightSection={
            <ActionIcon
              variant="subtle"
              onClick={() => setOpened((o) => !o)}
              aria-label={t('dateTime.openCalendar', { label })}
              aria-expanded={opened}
              aria-haspopup="dialog"
              data-testid={testId ? `${testId}-calendar` : undefined}
            >
              <IconCalendar size={18} aria-hidden />
            </ActionIcon>
          }
        />
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-label={t('dateTime.calendar', { label })}>
        <DatePicker
          value={readTypedDate(text)}
          defaultDate={readTypedDate(text) ?? undefined}
          onChange={(day) => {
            if (!day) return;
            apply(formatWallDate(day));
            setOpened(false);
            input.current?.focus();
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
