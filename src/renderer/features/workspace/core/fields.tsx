// Form fields bound to one operation field by its path: the label comes from the field list
// (`operation-fields.ts`), the value from the draft, and an edit is queued under the same path
// the audit trail records. They save at once on blur and are read-only for an approved plan.
import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from './context';
import { OPERATION_FIELDS } from './operation-fields';
import { getAt, setAt, type OperationTextPath } from './operation-paths';

interface Binding {
  path: OperationTextPath;
  /** Cleans what is typed before it is kept (phone numbers: digits and separators only). */
  clean?(value: string): string;
}

/** The field's label from the field list (a view may still pass its own, e.g. a phase name). */
function useFieldLabel(path: OperationTextPath): string {
  const { t } = useTranslation('workspace');
  // Keys from the field list carry their namespace; the typed `t` only knows literal keys.
  const translate = t as unknown as (key: string) => string;
  const key = OPERATION_FIELDS[path]?.key;
  return key ? translate(key) : path;
}

function useBinding({ path, clean = (v) => v }: Binding) {
  const { draft } = useWorkspace();
  const label = useFieldLabel(path);
  const op = draft.operation;
  return op
    ? {
        label,
        value: getAt(op, path),
        readOnly: draft.readOnly,
        // Mantine draws a read-only input like an editable one; the grey fill says it is not.
        variant: draft.readOnly ? 'filled' : 'default',
        onChange: (e: { currentTarget: { value: string } }) =>
          draft.edit(path, setAt(path, clean(e.currentTarget.value))),
        onBlur: () => void draft.flush(),
        'data-field': path,
      }
    : null;
}

type Own = 'value' | 'onChange' | 'onBlur' | 'readOnly' | 'variant';

export function ProseField({ path, clean, ...rest }: Binding & Omit<TextareaProps, Own>) {
  const bound = useBinding({ path, clean });
  if (!bound) return null;
  return (
    <Textarea
      autosize
      minRows={3}
      maxRows={18}
      maxLength={40_000}
      {...bound}
      {...rest}
      label={rest.label ?? bound.label}
    />
  );
}

export function LineField({
  path,
  clean,
  maxLength = 200,
  ...rest
}: Binding & Omit<TextInputProps, Own>) {
  const bound = useBinding({ path, clean });
  if (!bound) return null;
  return <TextInput maxLength={maxLength} {...bound} {...rest} label={rest.label ?? bound.label} />;
}
