// Form fields bound to the workspace draft: they show the draft value, queue edits for
// autosave, save at once on blur, and are read-only when the plan is approved.
import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import type { Operation } from '@shared/domain';
import type { Mutation, OperationDraft } from './useOperationDraft';

interface Binding<T> {
  draft: OperationDraft;
  /** Identifies the field for autosave (a newer edit replaces the pending older one). */
  field: string;
  get(o: Operation): T;
  set(value: T): Mutation<Operation>;
}

type ProseProps = Binding<string> & Omit<TextareaProps, 'value' | 'onChange'>;

export function ProseField({ draft, field, get, set, ...rest }: ProseProps) {
  const op = draft.operation;
  if (!op) return null;
  return (
    <Textarea
      autosize
      minRows={3}
      maxRows={18}
      maxLength={40_000}
      {...rest}
      value={get(op)}
      readOnly={draft.readOnly}
      onChange={(e) => draft.edit(field, set(e.currentTarget.value))}
      onBlur={() => void draft.flush()}
      data-field={field}
    />
  );
}

type LineProps = Binding<string> & Omit<TextInputProps, 'value' | 'onChange'>;

export function LineField({ draft, field, get, set, maxLength = 200, ...rest }: LineProps) {
  const op = draft.operation;
  if (!op) return null;
  return (
    <TextInput
      maxLength={maxLength}
      {...rest}
      value={get(op)}
      readOnly={draft.readOnly}
      onChange={(e) => draft.edit(field, set(e.currentTarget.value))}
      onBlur={() => void draft.flush()}
      data-field={field}
    />
  );
}
