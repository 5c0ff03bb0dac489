import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The scrolling box is a named region in the tab order, so
 * a keyboard user can reach and scroll it (axe `scrollable-region-focusable`; Mantine's
 * Table.ScrollContainer is not focusable).
 */
export function TableScroll({ label, minWidth, children }: { label: string; minWidth?: number; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {minWidth ? <Box miw={minWidth}>{children}</Box> : children}
    </Box>
  );
}
