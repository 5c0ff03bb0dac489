/** A fact's name (past tense, PascalCase), its schema version and its payload. */
export interface DomainEvent<Type extends string = string, Data = unknown, Version extends number = number> {
  type: Type;
  version: Version;
  data: Data;
}

/** Every case event names its case: the Kafka key, so one case's events stay in order. */
export interface CaseScoped {
  caseId: string;
}
