// The row of figures above a benefits view (money planned and realised, counts), one card each.
import { Card, SimpleGrid, Text } from '@mantine/core';

export function TotalTiles({ tiles, label }: { tiles: ReadonlyArray<readonly [key: string, label: string, value: string]>; label: string }) {
  return (
    <section aria-label={label}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: tiles.length }} spacing="sm">
        {tiles.map(([key, title, value]) => (
          <Card key={key} withBorder radius="md" padding="sm" data-total={key}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{title}</Text>
            <Text fw={700}>{value}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
