// A text field for one value of a stored record: keeps what is typed, saves it shortly after
// typing stops and on blur, and shows when saving failed (the text stays in the field).
import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from './errors';

interface SaveProps {
  value: string;
  onSave(value: string): Promise<unknown>;
  /** Checked before saving; a message keeps the value unsaved and shows it. */
  validate?(value: string): string | null;
}

function useSavingValue({ value, onSave, validate }: SaveProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const save = async (v: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const problem = validate?.(v) ?? null;
    setError(problem);
    if (problem || v === value) return;
    try {
      await onSave(v);
      setDraft((d) => (d === v ? null : d));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return {
    shown: draft ?? value,
    /** Typed but not yet stored: tests (and styles) can wait for it to go. */
    unsaved: draft !== null || undefined,
    error,
    change(v: string) {
      setDraft(v);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(v), 800);
    },
    blur() {
      if (draft !== null) void save(draft);
    },
  };
}

export function SavingTextarea({
  value,
  onSave,
  validate,
  error,
  ...rest
}: SaveProps & Omit<TextareaProps, 'value' | 'onChange'>) {
  const s = useSavingValue({ value, onSave, validate });
  return (
    <Textarea
      autosize
      minRows={2}
      maxLength={4000}
      {...rest}
      value={s.shown}
      error={s.error ?? error}
      onChange={(e) => s.change(e.currentTarget.value)}
      onBlur={s.blur}
      data-unsaved={s.unsaved}
    />
  );
}

export function SavingTextInput({
  value,
  onSave,
  validate,
  error,
  ...rest
}: SaveProps & Omit<TextInputProps, 'value' | 'onChange'>) {
  const s = useSavingValue({ value, onSave, validate });
  return (
    <TextInput
      maxLength={200}
      {...rest}
      value={s.shown}
      error={s.error ?? error}
      onChange={(e) => s.change(e.currentTarget.value)}
      onBlur={s.blur}
      data-unsaved={s.unsaved}
    />
  );
}
