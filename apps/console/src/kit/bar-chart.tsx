import { Group, Stack, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useIntl } from 'react-intl';

export interface Bar {
  label: string;
  value: number;
  /** A Mantine colour name with shade (`red.8`); the shades used pass 3:1 against the page. */
  color?: string;
}

/**
 * Horizontal bars drawn as plain SVG (no chart dependency), read aloud as one sentence per bar, with the
 * same figures in a table beside them for whoever would rather read than look (WCAG 1.1.1, 1.4.1: each
 * bar's label and number are in the table, colour is never the only carrier).
 */
export function BarChart({ title, bars, testId }: { title: string; bars: Bar[]; testId?: string }) {
  const intl = useIntl();
  const titleId = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const height = bars.length * rowHeight;
  const summary = bars.map((b) => `${b.label}: ${intl.formatNumber(b.value)}`).join('، ');
  return (
    <Stack gap="xs" data-testid={testId}>
      <Text fw={600} id={titleId}>
        {title}
      </Text>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <svg
          role="img"
          aria-labelledby={titleId}
          aria-describedby={`${titleId}-summary`}
          width="100%"
          height={height}
          style={{ maxWidth: 360, minWidth: 220, flex: 1 }}
        >
          <desc id={`${titleId}-summary`}>{summary}</desc>
          {bars.map((bar, index) => {
            const width = `${Math.max(2, (bar.value / max) * 100)}%`;
            return (
              <g key={bar.label} transform={`translate(0, ${index * rowHeight})`}>
                <rect x="0" y="4" height={rowHeight - 8} width={width} rx="3" fill={`var(--mantine-color-${(bar.color ?? 'athar.8').replace('.', '-')})`} />
              </g>
            );
          })}
        </svg>
        <Table aria-labelledby={titleId} withTableBorder={false} w="auto" fz="sm" data-testid={testId ? `${testId}-table` : undefined}>
          <Table.Tbody>
            {bars.map((bar) => (
              <Table.Tr key={bar.label}>
                <Table.Th scope="row" fw={400}>
                  {bar.label}
                </Table.Th>
                <Table.Td ta="end">{intl.formatNumber(bar.value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Group>
    </Stack>
  );
}
