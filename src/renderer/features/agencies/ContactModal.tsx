// Add or edit one contact of an agency (function, phone, mobile, e-mail, radio call sign), with
// German messages at the fields for a missing name, a bad phone number or e-mail address.
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, type Contact } from '@shared/domain';
import { AppModal } from '../../ui/AppModal';
import { badEmail, badPhone, compact, READABLE_ERRORS } from './validation';

type Field = 'name' | 'phone' | 'mobile' | 'email';

const emptyContact = (): Contact => ({
  id: newId(),
  name: '',
  function: '',
  phone: '',
  mobile: '',
  email: '',
  radioCallSign: '',
});

interface Props {
  /** The contact to edit, a new one (`'new'`), or null when closed. */
  contact: Contact | 'new' | null;
  busy: boolean;
  onSave(c: Contact): void;
  onClose(): void;
}

export function ContactModal({ contact, busy, onSave, onClose }: Props) {
  const { t } = useTranslation('agencies');
  return (
    <AppModal
      opened={contact !== null}
      onClose={onClose}
      title={contact === 'new' ? t('contacts.titleNew') : t('contacts.titleEdit')}
      size="lg"
    >
      {contact !== null && (
        <ContactForm
          key={contact === 'new' ? 'new' : contact.id}
          initial={contact === 'new' ? emptyContact() : contact}
          busy={busy}
          onSave={onSave}
        />
      )}
    </AppModal>
  );
}

function ContactForm(p: { initial: Contact; busy: boolean; onSave(c: Contact): void }) {
  const { t } = useTranslation('agencies');
  const [draft, setDraft] = useState(p.initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (k: keyof Contact, v: string) => setDraft((d) => ({ ...d, [k]: v }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = compact<Field>({
      name: draft.name.trim() === '' ? t('contacts.nameRequired') : undefined,
      phone: badPhone(draft.phone) ? t('validation.phone') : undefined,
      mobile: badPhone(draft.mobile) ? t('validation.phone') : undefined,
      email: badEmail(draft.email) ? t('validation.email') : undefined,
    });
    setErrors(next);
    if (Object.keys(next).length === 0)
      p.onSave({ ...draft, name: draft.name.trim(), email: draft.email.trim() });
  };

  const field = (
    k: keyof Contact,
    max: number,
    extra: { error?: string; inputMode?: 'tel' | 'email' } = {},
  ) => (
    <TextInput
      label={t(`contacts.${k === 'id' ? 'name' : k}`)}
      value={draft[k]}
      onChange={(e) => set(k, e.currentTarget.value)}
      maxLength={max}
      error={extra.error}
      inputMode={extra.inputMode}
      data-testid={`contact-${k}`}
    />
  );

  return (
    <form onSubmit={submit} noValidate style={READABLE_ERRORS} data-testid="contact-form">
      <Stack>
        <TextInput
          label={t('contacts.name')}
          value={draft.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          required
          maxLength={200}
          data-autofocus
          data-testid="contact-name"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {field('function', 200)}
          {field('radioCallSign', 200)}
          {field('phone', 40, { error: errors.phone, inputMode: 'tel' })}
          {field('mobile', 40, { error: errors.mobile, inputMode: 'tel' })}
        </SimpleGrid>
        {field('email', 200, { error: errors.email, inputMode: 'email' })}
        <Group justify="flex-end">
          <Button type="submit" loading={p.busy} data-testid="contact-save">
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
