// What the platform's operators did to a workflow or a dead letter (docs/adr/0045-operations-api.md).
// An internal fact of the service that hosts the operations API: it is not published, it is the
// audit record of a deliberate intervention, with who did it and why. It names workflows, cases and
// messages by id only: no personal data (operations never sees any).

export const OPERATIONS_ACTIONS = [
  'workflow-signal',
  'workflow-cancel',
  'workflow-terminate',
  'workflow-reset',
  'activity-retry',
  'dead-letter-redrive',
  'dead-letter-discard',
] as const;
export type OperationsAction = (typeof OPERATIONS_ACTIONS)[number];

export interface OperationsActionRecordedV1 {
  action: OperationsAction;
  /** A workflow id, or a dead letter's id (`<partition>-<offset>` of the dead-letter topic). */
  target: string;
  /** The operator's reason, as they gave it (1–500 characters). */
  reason: string;
  /** What else identifies the target: the workflow's run, the signal's name, the activity retried and its attempt, the letter's original topic and event id. */
  detail: Record<string, string>;
}
