// Name, address and notes of a place in the plan (assembly point, staging area, command post).
import { Paper, SimpleGrid, Title } from '@mantine/core';
import { LineField, ProseField } from './fields';

/** The places inside framework parts, by their path. */
export type PlacePath =
  | 'framework.support.assemblyPoint'
  | 'framework.support.stagingArea'
  | 'framework.command.commandPost';

export function PlaceFields({ title, place }: { title: string; place: PlacePath }) {
  const key = place.split('.').at(-1) ?? '';
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <LineField path={`${place}.name`} data-testid={`field-${key}-name`} />
        <LineField path={`${place}.address`} />
        {/* Notes run longer than a line: the field grows, so nothing is hidden behind "…". */}
        <ProseField path={`${place}.notes`} minRows={1} maxRows={6} maxLength={4000} />
      </SimpleGrid>
    </Paper>
  );
}
