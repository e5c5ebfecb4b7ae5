// A failed sharing step as the screens show it: the reason in the UI's language, and the error's
// own text (German or technical, from the server, the network or the store) folded away under
// "Details" for whoever helps — never inside the translated sentence.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shareFailureOf, technicalText } from './share-failure';

/** The translated reason of a failure (translated when shown: the language may change). */
export function useFailureReason(): (error: unknown) => string {
  const { t } = useTranslation('sync');
  return (error) => {
    const failure = shareFailureOf(error);
    return failure.reason === 'coded'
      ? t(`errors.${failure.code}`, { ns: 'common' })
      : t(`failure.${failure.reason}`);
  };
}

/** The error's own text, closed by default; nothing when it has none. */
export function FailureDetails({ error }: { error: unknown }) {
  const { t } = useTranslation('sync');
  const text = technicalText(error);
  if (text === '') return null;
  return (
    <details data-testid="share-failure-details">
      <summary style={{ cursor: 'pointer' }}>
        <Text span size="xs">
          {t('failure.details')}
        </Text>
      </summary>
      <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    </details>
  );
}

/** A failure on its own: the reason, then the details. */
export function ShareFailure({ error }: { error: unknown }) {
  const reasonOf = useFailureReason();
  return (
    <>
      <Text size="sm">{reasonOf(error)}</Text>
      <FailureDetails error={error} />
    </>
  );
}
