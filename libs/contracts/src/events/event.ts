/** Every case event names its case: the Kafka key, so one case's events stay in order. */
export interface CaseScoped {
  caseId: string;
}
