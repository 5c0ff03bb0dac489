import type { ReactNode } from 'react';
import type { MessageId } from '../i18n/messages';
import type { Operation } from './permissions';

/**
 * One role's area of the console: its own folder under areas/, registered in areas/index.ts. It shows in
 * the navigation when the user's roles may call every operation it `uses` (the permission matrix).
 */
export interface Area {
  id: string;
  title: MessageId;
  /** Where the navigation links to. */
  path: string;
  /** The operations the area's main screen calls; a public area (no sign-in) lists only public ones. */
  uses: Operation[];
  /** Shown in the navigation (false: reached by a link, such as the association's public link). */
  inNavigation: boolean;
  routes: Array<{ path: string; element: ReactNode }>;
}
