import {
  DOCUMENT_NAMES,
  type ApplicantRecord,
  type ApplicationDraftedV2,
  type ApplicationSubmittedV2,
  type Bilingual,
  type DocumentType,
  type DomainEvent,
} from '@athar/contracts';

export { DOCUMENT_NAMES } from '@athar/contracts';

export type RequiredField = 'birthDate' | 'idExpiry' | 'nationalAddress';

export const FIELD_NAMES: Record<RequiredField, Bilingual> = {
  birthDate: { ar: 'تاريخ الميلاد', en: 'birth date' },
  idExpiry: { ar: 'تاريخ انتهاء الهوية', en: 'ID expiry date' },
  nationalAddress: { ar: 'العنوان الوطني', en: 'national address' },
};

export interface ChecklistItem {
  item: string;
  done: boolean;
  label: Bilingual;
}

/** An application stream's events, at the latest version of each schema (EventWriter.load upcasts older ones). */
export type ApplicationStreamEvent = Extract<
  DomainEvent,
  {
    type:
      | 'ApplicationDrafted'
      | 'DocumentAttached'
      | 'ApplicationSubmitted'
      | 'ApplicationDetailsUpdated'
      | 'DeclarationSigned'
      | 'ProgrammeTermsAccepted'
      | 'BeneficiaryDataErased'
      | 'CaseRegistrationAbandoned';
  }
>;

export interface ApplicationState {
  status: 'none' | 'draft' | 'submitted';
  draft?: ApplicationDraftedV2;
  submitted?: ApplicationSubmittedV2;
  documents: DocumentType[];
  /** The case id's registration died before its application was written and was taken over (no case, ever). */
  abandoned?: true;
}

export function evolveApplication(state: ApplicationState, event: ApplicationStreamEvent): ApplicationState {
  switch (event.type) {
    case 'ApplicationDrafted':
      return { ...state, status: 'draft', draft: event.data };
    case 'ApplicationDetailsUpdated':
      return state.draft ? { ...state, draft: { ...state.draft, applicant: event.data.applicant } } : state;
    case 'DocumentAttached':
      return { ...state, documents: [...state.documents, event.data.documentType] };
    case 'ApplicationSubmitted':
      return { ...state, status: 'submitted', submitted: event.data };
    case 'CaseRegistrationAbandoned':
      return { ...state, abandoned: true };
    default:
      return state;
  }
}

export const initialApplicationState: ApplicationState = { status: 'none', documents: [] };

/** Which of the fields a service may require the applicant record has (names only, no values: safe to keep in a read model). */
export function providedFields(applicant: ApplicantRecord | undefined): RequiredField[] {
  return (Object.keys(FIELD_NAMES) as RequiredField[]).filter((field) => applicant?.[field] !== undefined);
}

/**
 * What the request still lacks, in Arabic and English (common process step 2: every required
 * item supplied). Registration completes only when every item is done.
 */
export function checklist(
  requiredDocuments: readonly DocumentType[],
  attached: readonly DocumentType[],
  requiredFields: readonly RequiredField[] = [],
  applicant?: ApplicantRecord,
): ChecklistItem[] {
  return checklistOf(requiredDocuments, attached, requiredFields, providedFields(applicant));
}

/** The checklist from the names of the fields given and the types of the documents attached. */
export function checklistOf(
  requiredDocuments: readonly DocumentType[],
  attached: readonly DocumentType[],
  requiredFields: readonly RequiredField[],
  provided: readonly RequiredField[],
): ChecklistItem[] {
  const fields = requiredFields.map((field) => ({
    item: `field:applicant.${field}`,
    done: provided.includes(field),
    label: { ar: `إدخال ${FIELD_NAMES[field].ar}`, en: `give the ${FIELD_NAMES[field].en}` },
  }));
  const documents = requiredDocuments.map((type) => ({
    item: `document:${type}`,
    done: attached.includes(type),
    label: { ar: `إرفاق ${DOCUMENT_NAMES[type].ar}`, en: `attach the ${DOCUMENT_NAMES[type].en}` },
  }));
  return [...fields, ...documents];
}

export const isComplete = (items: readonly ChecklistItem[]): boolean => items.every((i) => i.done);
