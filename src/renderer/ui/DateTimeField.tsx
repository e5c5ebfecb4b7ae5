// The one date-time field: typed (`11.12.2026 20:00`), picked from a calendar or both, in Berlin
// time whatever the computer's zone. It keeps the text as typed and stores only what that text
// clearly means: an unreadable text, a time in the spring gap or a date without a time shows a
// message and changes nothing; a time in the autumn overlap asks "MESZ or MEZ?". Picking a day
// keeps the typed time and puts the cursor on it, so typing 1-8-0-0 gives 18:00. Mantine has no
// typed date-time input; this is a text field with Mantine's calendar in a popover.
import { ActionIcon, Popover, Radio, Stack, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useMergedRef } from '@mantine/hooks';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsTopLayer } from './layer-stack';
import {
  formatWallDate,
  instantToText,
  parseWallText,
  readTypedDateTime,
  textMeans,
  type TypedDateTime,
} from '@shared/time/typed-date-time';

/** What the field's text means, for forms that check before they save (`ok` includes a choice). */
export type DateTimeStatus = TypedDateTime['kind'];

export interface DateTimeFieldProps {
  label: string;
  /** The stored instant (UTC ISO), or null. */
  value: string | null;
  /** Called only with what the text clearly means: an instant, or null for an emptied field. */
  onChange(instant: string | null): void;
  /** A message from the caller's own checks (in the past, outside the window …). */
  error?: string;
  /** Added before the format hint. */
  description?: string;
  readOnly?: boolean;
  required?: boolean;
  /** Whether emptying the field stores null (default); otherwise an empty text is an error. */
  clearable?: boolean;
  /** Show the field's own message before the field was left (after a form's submit). */
  showInvalid?: boolean;
  /** Told what the text means after each change, for forms that check before saving. */
  onStatusChange?(status: DateTimeStatus): void;
  testId?: string;
  inputRef?: Ref<HTMLInputElement>;
  w?: TextInputProps['w'];
}

export function DateTimeField({
  label,
  value,
  onChange,
  error,
  description,
  readOnly = false,
  required = false,
  clearable = true,
  showInvalid = false,
  onStatusChange,
  testId,
  inputRef,
  w = 260,
}: DateTimeFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (value ? instantToText(value) : ''));
  const [touched, setTouched] = useState(false);
  const [opened, setOpened] = useState(false);
  // The open calendar is a layer of its own: Escape closes it and not the dialog or drawer
  // the field sits in (every Mantine modal listens for Escape on the window).
  useIsTopLayer(opened);
  useEffect(() => {
    if (!opened) return;
    // Escape wherever the focus is (the calendar button, the field, the calendar) closes the
    // calendar; the layer above keeps the surrounding dialog open.
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpened(false);
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened]);
  const input = useRef<HTMLInputElement | null>(null);
  const ref = useMergedRef(input, inputRef);
  const seen = useRef(value);
  const choiceName = useId();

  // A new value from outside (another window, undo, a picked date elsewhere) replaces the text
  // only if the text does not already mean it; so `8:00` stays `8:00`, and a half-typed text is
  // kept while the stored value is unchanged.
  useEffect(() => {
    if (value === seen.current) return;
    // While the user types here, the text is theirs: the stored value may lag a step behind
    // (a save of the previous value finishing) and must not overwrite newer keystrokes.
    if (document.activeElement === input.current) return;
    seen.current = value;
    setText((current) => (textMeans(current, value) ? current : value ? instantToText(value) : ''));
  }, [value]);

  const meaning = readTypedDateTime(text);
  const apply = (next: string) => {
    setText(next);
    const r = readTypedDateTime(next);
    onStatusChange?.(r.kind === 'ambiguous' && textMeans(next, value) ? 'ok' : r.kind);
    const store = (instant: string | null) => {
      seen.current = instant;
      if (instant !== value) onChange(instant);
    };
    if (r.kind === 'ok') store(r.instant);
    else if (r.kind === 'empty' && clearable) store(null);
    // An ambiguous time waits for the answer to "MESZ or MEZ?", unless it is already stored.
  };

  const own = ownMessage(meaning, { clearable, required, value, text });
  // The overlap question is asked beside the field; a message under it too would push the
  // choice down as the field is left, under the pointer that is about to click it.
  const showOwn =
    own !== null &&
    (own === 'ambiguous' ? showInvalid : touched || showInvalid || own === 'nonexistent');
  const ownText = (): string => {
    switch (own) {
      case 'nonexistent': {
        const wall = meaning.kind === 'nonexistent' ? meaning.wall : { date: '', time: '' };
        return t('dateTime.errors.nonexistent', {
          date: formatWallDate(wall.date),
          time: wall.time,
        });
      }
      case 'required':
        return t('dateTime.errors.required');
      case 'invalid':
        return t('dateTime.errors.invalid');
      case 'no_such_day':
        return t('dateTime.errors.no_such_day', {
          date: meaning.kind === 'no_such_day' ? meaning.date : text,
        });
      case 'no_time':
        return t('dateTime.errors.no_time');
      case 'ambiguous':
        return t('dateTime.errors.ambiguous');
      case null:
        return '';
    }
  };
  const shownOwn = showOwn ? ownText() : null;

  const pickDay = (date: string | null) => {
    if (!date) return;
    const typedTime = parseWallText(text)?.time ?? null;
    const dayText = formatWallDate(date);
    const next = typedTime ? `${dayText} ${typedTime}` : `${dayText} `;
    apply(next);
    setOpened(false);
    const time: [number, number] = [dayText.length + 1, next.length];
    pendingTime.current = time;
    setSelectTime(time);
  };

  // Back in the text with the time selected (or the cursor where it goes) once the calendar has
  // closed: typing 1-8-0-0 now gives 18:00, and nothing jumps between hour and minute boxes.
  const [selectTime, setSelectTime] = useState<[number, number] | null>(null);
  // The popover may hand the focus back after us, which puts the caret at the end: the first key
  // typed selects the time again, so it still replaces the time instead of adding to it.
  const pendingTime = useRef<[number, number] | null>(null);
  useEffect(() => {
    if (!selectTime || opened) return;
    const timer = window.setTimeout(() => {
      input.current?.focus();
      input.current?.setSelectionRange(selectTime[0], selectTime[1]);
      setSelectTime(null);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [selectTime, opened]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const time = pendingTime.current;
    pendingTime.current = null;
    if (time && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.currentTarget.setSelectionRange(time[0], time[1]);
    }
    if (e.key === 'ArrowDown' && e.altKey && !readOnly) {
      e.preventDefault();
      openCalendar();
    }
  };

  const pickerDate = parseWallText(text)?.date ?? null;
  // The calendar opens at the typed day's month (or today's), whatever it showed last time.
  const [month, setMonth] = useState<string>();
  const openCalendar = () => {
    setMonth(pickerDate ?? new Date().toISOString().slice(0, 10));
    setOpened(true);
  };
  const ambiguous = meaning.kind === 'ambiguous' ? meaning : null;

  return (
    <Stack gap={4} w={w} data-testid={testId ? `${testId}-root` : undefined}>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-start"
        trapFocus
        withRoles={false}
        closeOnEscape={false}
      >
        <Popover.Target>
          <TextInput
            ref={ref}
            label={label}
            description={[description, t('dateTime.hint')].filter(Boolean).join(' · ')}
            value={text}
            onChange={(e) => apply(e.currentTarget.value)}
            onBlur={() => setTouched(true)}
            onMouseDown={() => {
              // A click places the caret where the user wants it.
              pendingTime.current = null;
            }}
            onKeyDown={onKeyDown}
            readOnly={readOnly}
            // Mantine's read-only input looks editable; filled says it is not.
            variant={readOnly ? 'filled' : 'default'}
            required={required}
            error={shownOwn ?? error}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            data-testid={testId}
            rightSection={
              readOnly ? null : (
                <ActionIcon
                  variant="subtle"
                  onClick={() => (opened ? setOpened(false) : openCalendar())}
                  aria-label={t('dateTime.openCalendar', { label })}
                  aria-expanded={opened}
                  aria-haspopup="dialog"
                  data-testid={testId ? `${testId}-calendar` : undefined}
                >
                  <IconCalendar size={18} aria-hidden />
                </ActionIcon>
              )
            }
          />
        </Popover.Target>
        <Popover.Dropdown
          role="dialog"
          aria-label={t('dateTime.calendar', { label })}
          data-testid={testId ? `${testId}-calendar-panel` : undefined}
          onKeyDown={(e) => {
            // Escape closes only the calendar, not a dialog the field sits in.
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpened(false);
              input.current?.focus();
            }
          }}
        >
          <DatePicker value={pickerDate} date={month} onDateChange={setMonth} onChange={pickDay} />
        </Popover.Dropdown>
      </Popover>
      {ambiguous && !readOnly && (
        <Radio.Group
          name={choiceName}
          label={t('dateTime.whichOne', {
            date: formatWallDate(ambiguous.wall.date),
            time: ambiguous.wall.time,
          })}
          value={value === ambiguous.summer || value === ambiguous.winter ? value : null}
          onChange={(instant) => {
            seen.current = instant;
            onStatusChange?.('ok');
            onChange(instant);
          }}
          styles={{ label: { fontWeight: 400 } }}
          data-testid={testId ? `${testId}-overlap` : undefined}
        >
          <Stack gap={4} mt={4}>
            <Radio
              value={ambiguous.summer}
              label={t('dateTime.summer', { time: ambiguous.wall.time })}
            />
            <Radio
              value={ambiguous.winter}
              label={t('dateTime.winter', { time: ambiguous.wall.time })}
            />
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}

type OwnMessage = 'required' | 'invalid' | 'no_such_day' | 'no_time' | 'nonexistent' | 'ambiguous';

/** Which of the field's own messages its text calls for, or null when there is nothing to say. */
function ownMessage(
  meaning: TypedDateTime,
  ctx: { clearable: boolean; required: boolean; value: string | null; text: string },
): OwnMessage | null {
  switch (meaning.kind) {
    case 'ok':
      return null;
    case 'empty':
      return ctx.required || !ctx.clearable ? 'required' : null;
    case 'ambiguous':
      // Answered by the choice below the field; until then nothing is stored.
      return textMeans(ctx.text, ctx.value) ? null : 'ambiguous';
    default:
      return meaning.kind;
  }
}
