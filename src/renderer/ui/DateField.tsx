// The date-only sibling of DateTimeField, for filters and ranges: typed (`11.12.2026`) or picked
// from Mantine's calendar. It keeps the text as typed and the value always follows it: a real
// day, or null for an emptied field or a text that is no day. A filter never keeps a day the
// field no longer shows (typing `01.01.99999` passes through the real `01.01.9999`). The message
// comes once the field is left, or at once when no further typing can make the text a day.
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

/** What is wrong with a typed text that is no day: its year, or anything else. */
export type DateTextProblem = 'year' | 'format';

// A year of any length in the German or ISO shape: the one mistake worth its own message.
const GERMAN_ANY_YEAR = /^\d{1,2}\.\d{1,2}\.(\d+)$/;
const ISO_ANY_YEAR = /^(\d+)-\d{1,2}-\d{1,2}$/;
// What a day looks like while it is still being typed: `1`, `11.1`, `11.12.20`, `2026-1`. A
// four-digit year (or an ISO day of two digits) is complete: more typing cannot mend it.
const GERMAN_PREFIX = /^\d{0,2}(\.(\d{0,2}(\.([1-9]\d{0,2})?)?)?)?$/;
const ISO_PREFIX = /^\d{0,4}(-(\d{0,2}(-\d?)?)?)?$/;

/** Why a non-empty text is no day; null when it is one (or empty). */
export function dateTextProblem(text: string): DateTextProblem | null {
  const s = text.trim();
  if (s === '' || readTypedDate(s) !== null) return null;
  const year = GERMAN_ANY_YEAR.exec(s)?.[1] ?? ISO_ANY_YEAR.exec(s)?.[1];
  // Years before 1000 (or past 9999) are typing slips, not dates an operation could have.
  return year !== undefined && !/^[1-9]\d{3}$/.test(year) ? 'year' : 'format';
}

/** Whether more typing could still make the text a day (so a message would come too early). */
export function mayBecomeDate(text: string): boolean {
  const s = text.trim();
  return GERMAN_PREFIX.test(s) || ISO_PREFIX.test(s);
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
    // A text that is no day applies no day: what the field shows is what filters.
    const day = readTypedDate(next);
    seen.current = day;
    if (day !== value) onChange(day);
  };
  const problem = dateTextProblem(text);
  const message =
    problem !== null && (touched || !mayBecomeDate(text))
      ? t(problem === 'year' ? 'dateField.year' : 'dateField.invalid')
      : undefined;

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
          error={message ?? error}
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
