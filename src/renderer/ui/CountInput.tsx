// A count (people, vehicles) typed as text: it keeps what was typed and stores only a whole
// number in range; anything else gets a German message instead of being clamped or dropped.
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWholeNumber } from '@shared/util/whole-number';

type Own = 'value' | 'onChange' | 'error' | 'min' | 'max';

export interface CountInputProps extends Omit<TextInputProps, Own> {
  value: number | null;
  /** Called only with a whole number from `min` to `max`. */
  onChange(value: number): void;
  min?: number;
  max: number;
  /** Told after each change whether the text is a number in range (forms check it on submit). */
  onValidityChange?(valid: boolean): void;
  error?: string;
}

export function CountInput({
  value,
  onChange,
  min = 0,
  max,
  onValidityChange,
  error,
  ...rest
}: CountInputProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(value === null ? '' : String(value));
  const seen = useRef(value);
  // A new value from outside replaces the text only if the text does not already say it.
  useEffect(() => {
    if (value === seen.current) return;
    seen.current = value;
    setText((current) => {
      const r = parseWholeNumber(current, min, max);
      return r.ok && r.value === value ? current : value === null ? '' : String(value);
    });
  }, [value, min, max]);

  const parsed = parseWholeNumber(text, min, max);
  const fmt = (n: number) => n.toLocaleString(i18n.language);
  const own = parsed.ok
    ? null
    : parsed.error === 'empty'
      ? rest.required
        ? t('count.required')
        : null
      : t('count.range', { min: fmt(min), max: fmt(max) });

  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      {...rest}
      value={text}
      error={own ?? error}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const r = parseWholeNumber(next, min, max);
        onValidityChange?.(r.ok);
        if (r.ok && r.value !== value) {
          seen.current = r.value;
          onChange(r.value);
        }
      }}
    />
  );
}
