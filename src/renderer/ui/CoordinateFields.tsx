// Latitude and longitude as text fields that keep what was typed: a point or a comma, a pasted
// pair "51.5075, 7.1000" fills both, and input that is not a coordinate or is out of range shows
// a message and is never stored (no silent clamping, unlike a number field). Parsing lives in
// `@shared/geo`, so the map can reuse it.
import { SimpleGrid, TextInput } from '@mantine/core';
import { useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatDegree,
  parseDegree,
  parseLatLng,
  splitPair,
  type Axis,
  type CoordinateError,
  type LatLng,
} from '@shared/geo';

export interface CoordinateState {
  /** The point when both fields hold valid values, null when both are empty. */
  value: LatLng | null;
  /** False while either field holds text that is not a valid coordinate. */
  valid: boolean;
}

interface Props {
  value: LatLng | null;
  onChange(state: CoordinateState): void;
  labels: Record<Axis, string>;
  /** Prefix for `data-testid`s of the two inputs (`<prefix>-lat`, `<prefix>-lng`). */
  testId?: string;
}

const AXES: Axis[] = ['lat', 'lng'];

function evaluate(texts: Record<Axis, string>): {
  state: CoordinateState;
  errors: Partial<Record<Axis, CoordinateError>>;
} {
  if (texts.lat.trim() === '' && texts.lng.trim() === '') {
    return { state: { value: null, valid: true }, errors: {} };
  }
  const errors: Partial<Record<Axis, CoordinateError>> = {};
  const lat = parseDegree(texts.lat, 'lat');
  const lng = parseDegree(texts.lng, 'lng');
  if (!lat.ok) errors.lat = lat.error;
  if (!lng.ok) errors.lng = lng.error;
  if (lat.ok && lng.ok)
    return { state: { value: { lat: lat.value, lng: lng.value }, valid: true }, errors };
  return { state: { value: null, valid: false }, errors };
}

export function CoordinateFields({ value, onChange, labels, testId }: Props) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Record<Axis, string>>(() => ({
    lat: value ? formatDegree(value.lat) : '',
    lng: value ? formatDegree(value.lng) : '',
  }));
  // Messages appear once a field was left, so typing "5" on the way to "51,5" is not an error.
  const [touched, setTouched] = useState<Partial<Record<Axis, boolean>>>({});
  const { errors } = evaluate(texts);

  const update = (next: Record<Axis, string>) => {
    setTexts(next);
    onChange(evaluate(next).state);
  };

  const onPaste = (axis: Axis) => (e: ClipboardEvent<HTMLInputElement>) => {
    const pasted = e.clipboardData.getData('text');
    if (splitPair(pasted) === null) return;
    e.preventDefault();
    const pair = parseLatLng(pasted);
    const parts = splitPair(pasted);
    if (pair.ok) {
      update({ lat: formatDegree(pair.value.lat), lng: formatDegree(pair.value.lng) });
    } else if (parts) {
      update({ lat: parts[0].trim(), lng: parts[1].trim() });
    }
    setTouched({ lat: true, lng: true, [axis]: true });
  };

  const message = (axis: Axis): string | undefined => {
    const code = errors[axis];
    if (!code || !touched[axis]) return undefined;
    // An empty field next to a filled one: say that both are needed.
    return t(`geo.errors.${code === 'empty' ? 'both' : code}`);
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {AXES.map((axis) => (
        <TextInput
          key={axis}
          label={labels[axis]}
          // Each axis its own example: 51,4556 read as a longitude would be far off NRW.
          description={t(axis === 'lng' ? 'geo.hintLng' : 'geo.hint')}
          value={texts[axis]}
          inputMode="decimal"
          autoComplete="off"
          maxLength={40}
          onChange={(e) => update({ ...texts, [axis]: e.currentTarget.value })}
          onPaste={onPaste(axis)}
          onBlur={() => setTouched((s) => ({ ...s, [axis]: true }))}
          error={message(axis)}
          data-testid={testId ? `${testId}-${axis}` : undefined}
        />
      ))}
    </SimpleGrid>
  );
}
