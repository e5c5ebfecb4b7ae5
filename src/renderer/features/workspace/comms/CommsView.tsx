// Kommunikation: talk groups, call signs and the operation's phone list.
import { Stack } from '@mantine/core';
import { CallSigns } from './CallSigns';
import { PhoneList } from './PhoneList';
import { TalkGroups } from './TalkGroups';

export function CommsView() {
  return (
    <Stack maw={1200} data-testid="comms">
      <TalkGroups />
      <CallSigns />
      <PhoneList />
    </Stack>
  );
}
