// A fingerprint in groups of four, for reading aloud by phone.
import { Code } from '@mantine/core';
import { fingerprintGroups } from '@shared/exchange';

export function FingerprintText({ fingerprint, testId }: { fingerprint: string; testId?: string }) {
  return (
    <Code style={{ whiteSpace: 'normal', wordSpacing: '0.3em' }} data-testid={testId}>
      {fingerprintGroups(fingerprint)}
    </Code>
  );
}
