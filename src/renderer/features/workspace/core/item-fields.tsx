// Text fields for one field of a plan part (a team, a target, a participation, a talk group),
// bound to the workspace's save queue like the operation's own fields: what is typed shows at
// once, is stored after the typing pause or on blur, and is marked `data-unsaved` until then.
// A value `validate` refuses stays in the field with its message and is never queued. The
// field is read-only where the plan's status or the member's sharing rights fix the record.
import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useWorkspace } from './context';
import type { ItemTable, Mutation, PlanRecords } from './save-queue';
import { ownerIn } from './share-rights';

interface Binding<K extends ItemTable> {
  table: K;
  id: string;
  /** The record field (`liaison.name`): a newer edit of it replaces the pending older one. */
  field: string;
  /** The shown value (from the workspace plan, which has pending edits applied). */
  value: string;
  save(value: string): Mutation<PlanRecords[K]>;
  validate?(value: string): string | null;
}

function useItemField<K extends ItemTable>({
  table,
  id,
  field,
  value,
  save,
  validate,
}: Binding<K>) {
  const { draft, plan } = useWorkspace();
  // What is typed shows as typed until the field is left (a stored form such as "H+1:00" would
  // otherwise replace "H+1" under the cursor); a refused value stays with its message.
  const [typed, setTyped] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const readOnly = draft.itemReadOnly(table, ownerIn(plan, table, id));
  return {
    value: typed ?? value,
    error: message ?? undefined,
    readOnly,
    // Mantine draws a read-only input like an editable one; the grey fill says it is not.
    variant: readOnly ? 'filled' : 'default',
    'data-unsaved': message !== null || draft.isPending(table, id, field) || undefined,
    onChange(e: { currentTarget: { value: string } }) {
      const v = e.currentTarget.value;
      const problem = validate?.(v) ?? null;
      setTyped(v);
      setMessage(problem);
      if (!problem) draft.editItem(table, id, field, save(v));
    },
    onBlur() {
      if (message === null) setTyped(null);
      void draft.flush();
    },
  };
}

type Own = 'value' | 'onChange' | 'onBlur' | 'readOnly' | 'variant';

export function ItemTextarea<K extends ItemTable>({
  table,
  id,
  field,
  value,
  save,
  validate,
  error,
  ...rest
}: Binding<K> & Omit<TextareaProps, Own>) {
  const bound = useItemField({ table, id, field, value, save, validate });
  return (
    <Textarea
      autosize
      minRows={2}
      maxLength={4000}
      {...rest}
      {...bound}
      error={bound.error ?? error}
    />
  );
}

export function ItemTextInput<K extends ItemTable>({
  table,
  id,
  field,
  value,
  save,
  validate,
  error,
  ...rest
}: Binding<K> & Omit<TextInputProps, Own>) {
  const bound = useItemField({ table, id, field, value, save, validate });
  return <TextInput maxLength={200} {...rest} {...bound} error={bound.error ?? error} />;
}
