// The partner's periodic impact reports and the partnership's evaluation at the end (Tuwaiq,
// distributing services to partner associations, 5; docs/adr/0040). They stay in partner-allocation,
// on its own topic for its projection, workflow and messages, as the agreement's events do.

/** Beneficiaries reached in the period, by intake's beneficiary types (direct, indirect). */
export interface BeneficiariesReached {
  direct: number;
  indirect: number;
}

export interface ImpactReportSubmittedV1 {
  agreementId: string;
  /** The due date (YYYY-MM-DD, one of the agreement's reportsDue) the report answers. */
  period: string;
  beneficiaries: BeneficiariesReached;
  activities: string[];
  /** Spending in the period, in halalas (SAR × 100), never negative. */
  spentHalalas: number;
  /** The agreement's allocation in halalas when it was allocated in money; null when allocated in seats or sessions. */
  allocationHalalas: number | null;
  /** Spending over the money allocated: accepted and flagged for the empowerment team. */
  overspent: boolean;
  /** Evidence: document ids in the document store (as the needs study's). */
  evidence: string[];
  /** Who submitted it: the partner tenant from its own account, or the empowerment team for an outside body. */
  submittedBy: { userId: string; tenantId: string; as: 'partner' | 'empowerment-team' };
  submittedAt: string;
  /** After the period's due date: accepted, marked late. */
  late: boolean;
}

/** The report workflow, some days before a due date with no report yet (policy impactReports.remindDaysBefore). */
export interface ImpactReportRemindedV1 {
  agreementId: string;
  period: string;
  remindedAt: string;
}

/** The report workflow, the grace days after a due date with no report: escalated to the partner and the empowerment team. */
export interface ImpactReportOverdueV1 {
  agreementId: string;
  period: string;
  /** The instant it became overdue: the due date's end in Riyadh plus the grace days. */
  overdueSince: string;
  escalatedAt: string;
}

export const DAC_CRITERIA = ['relevance', 'coherence', 'effectiveness', 'efficiency', 'impact', 'sustainability'] as const;
export type DacCriterion = (typeof DAC_CRITERIA)[number];

/** The partnership's evaluation on the OECD DAC criteria, each scored 1 (unsatisfactory) to 4 (highly satisfactory). */
export interface PartnershipEvaluatedV1 {
  agreementId: string;
  /** partnerKey: the partner's tenant, or an outside body's licence, as the rounds match "served before". */
  partnerKey: string;
  criteria: Array<{ criterion: DacCriterion; score: number; comment: string }>;
  /** round((mean of the six scores − 1) ÷ 3 × 100): 0 to 100, the allocation method's "greatest impact" score. */
  overallScore: number;
  assessor: { userId: string; name: string };
  evidence: string[];
  evaluatedAt: string;
}
