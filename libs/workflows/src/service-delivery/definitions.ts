// Names shared by the service-delivery workflow, its worker and the code that starts it.
// Free of Node built-ins: the workflow bundle imports this file.

export interface ServiceDeliveryInput {
  tenantId: string;
  caseId: string;
  /** ISO instant the programme ends (ServiceDeliveryOpened.endsOn). */
  endsOn: string;
}

export interface ServiceDeliveryActivities {
  /** Appends ServiceDeliveryEnded to the case's delivery stream, once. */
  recordServiceDeliveryEnd(input: { tenantId: string; caseId: string; firedAt: string }): Promise<void>;
}

/** One delivery record per case and tenant. */
export function serviceDeliveryWorkflowId(tenantId: string, caseId: string): string {
  return `service-delivery/${tenantId}/${caseId}`;
}
