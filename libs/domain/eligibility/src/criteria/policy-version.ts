import type { Bilingual } from '@athar/contracts';
import type { DocumentReviewRule } from '../documents/document-verification';

/** Attributes a tenant declares it may judge on; nothing else may enter a decision (Tuwaiq 6-5). */
export interface AttributeDeclaration {
  name: string;
  type: 'number' | 'string' | 'enum';
  values?: string[];
  label: Bilingual;
}

export type CriterionOperator = 'equal' | 'notEqual' | 'in' | 'notIn' | 'lessThan' | 'lessThanInclusive' | 'greaterThan' | 'greaterThanInclusive';

export interface Criterion {
  id: string;
  attribute: string;
  operator: CriterionOperator;
  value: string | number | Array<string | number>;
  /** What the applicant is told either way (Tuwaiq 6-3). */
  met: Bilingual;
  notMet: Bilingual;
}

export interface ServiceCriteria {
  /** The target groups of the tenant's plan the service serves (Tuwaiq 6-1). */
  targetGroups: string[];
  criteria: Criterion[];
}

/** A group of the tenant's plan (Tuwaiq 6-1): a target group, or a status group needing its certificate. */
export interface BeneficiaryGroup {
  id: string;
  kind: 'target' | 'status';
  label: Bilingual;
  /** Supporting documents a member of the group presents (Tuwaiq 6-2). */
  requiredDocuments: string[];
}

/** One version of a tenant's eligibility policy, board-approved before it takes effect. */
export interface EligibilityPolicyVersion {
  tenantId: string;
  version: number;
  status: 'draft' | 'approved';
  approval: { session: string; gregorianDate: string; hijriDate: string } | null;
  effectiveFrom: string;
  attributes: AttributeDeclaration[];
  groups?: BeneficiaryGroup[];
  services: Record<string, ServiceCriteria>;
  /** Who verifies each document type, and how early before expiry (defaults: documents/DEFAULT_DOCUMENT_REVIEW). */
  documentReview?: Record<string, DocumentReviewRule>;
  /** Periodic review of beneficiaries (Tuwaiq 6-4): how often, in days. Absent: no periodic review. */
  reverification?: { everyDays: number };
}

export class PolicyVersionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Eligibility policy version is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PolicyVersionError';
  }
}

/**
 * Refuses a version whose criteria use an attribute it does not declare (no discrimination on anything
 * outside the declared criteria: Tuwaiq 6-5), an approved version without its board approval, or an
 * enum value outside its declaration. Lists every problem.
 */
export function checkPolicyVersion(version: EligibilityPolicyVersion): EligibilityPolicyVersion {
  const problems: string[] = [];
  const declared = new Map(version.attributes.map((a) => [a.name, a]));
  const groups = version.groups ? new Set(version.groups.map((g) => g.id)) : null;
  for (const [serviceId, service] of Object.entries(version.services)) {
    const ids = new Set<string>();
    for (const group of service.targetGroups) {
      if (groups && !groups.has(group)) problems.push(`services.${serviceId}.targetGroups: "${group}" is not a group of the plan`);
    }
    for (const criterion of service.criteria) {
      if (ids.has(criterion.id)) problems.push(`services.${serviceId}: criterion "${criterion.id}" appears twice`);
      ids.add(criterion.id);
      const attribute = declared.get(criterion.attribute);
      if (!attribute) {
        problems.push(`services.${serviceId}.${criterion.id}: attribute "${criterion.attribute}" is not declared, so it may not be used in a decision`);
        continue;
      }
      if (attribute.type === 'enum') {
        const values = Array.isArray(criterion.value) ? criterion.value : [criterion.value];
        const unknown = values.filter((v) => !attribute.values?.includes(String(v)));
        if (unknown.length > 0) problems.push(`services.${serviceId}.${criterion.id}: ${unknown.join(', ')} not among ${attribute.name}'s values`);
      }
    }
  }
  if (version.reverification && !(Number.isInteger(version.reverification.everyDays) && version.reverification.everyDays >= 1)) {
    problems.push('reverification.everyDays must be a whole number of days, at least 1');
  }
  if (version.status === 'approved' && !version.approval) problems.push('an approved version needs its board approval (session, Hijri and Gregorian date)');
  if (problems.length > 0) throw new PolicyVersionError(problems);
  return version;
}

/** The version a case is judged under: the latest approved one in effect when it was submitted. */
export function versionInForce(versions: readonly EligibilityPolicyVersion[], submittedAt: Date): EligibilityPolicyVersion | null {
  return (
    versions
      .filter((v) => v.status === 'approved' && Date.parse(v.effectiveFrom) <= submittedAt.getTime())
      .sort((a, b) => Date.parse(b.effectiveFrom) - Date.parse(a.effectiveFrom) || b.version - a.version)[0] ?? null
  );
}
