import { Injectable } from '@nestjs/common';
import { ERASED, surveySubjectKeyId, type EncryptedField, type SurveySubject } from '@athar/contracts';
import { PersonalDataProtector } from '@athar/personal-data';

const TYPE = 'SatisfactionSurveyAnswered';

/** What the dashboards need of an answer row to read its remarks. */
export interface SealedRemarks {
  tenantId: string;
  remarkIds?: string[];
  sealedRemarks?: EncryptedField | null;
}

/**
 * A survey answer's free-text remarks in the dashboards' rows, sealed with the subject's data key as the
 * event's `remarks` field is (personal-fields.ts; docs/adr/0041): intake's erasure destroys `case:<id>`
 * (or `inquiry:<id>`), and every remark of it reads "[erased]" from then on, in the event store and here
 * alike. The scores are not personal and stay.
 */
@Injectable()
export class SurveyRemarks {
  constructor(private readonly personalData: PersonalDataProtector) {}

  /** The remarks sealed under the subject's key; null when there are none or the subject is already erased. */
  async seal(tenantId: string, subject: SurveySubject, remarks: Record<string, string> | typeof ERASED | undefined): Promise<EncryptedField | null> {
    if (!remarks || remarks === ERASED || Object.keys(remarks).length === 0) return null;
    try {
      const sealed = (await this.personalData.sealUnder(tenantId, surveySubjectKeyId(subject), TYPE, { remarks })) as { remarks: EncryptedField };
      return sealed.remarks;
    } catch (error) {
      if ((error as Error).name === 'PersonalDataErasedError') return null;
      throw error;
    }
  }

  /** Each row's remarks by question id, "[erased]" for those whose case was erased (one key lookup per tenant). */
  async open(rows: readonly SealedRemarks[]): Promise<Array<Record<string, string>>> {
    const opened = await this.personalData.open(rows.map((row) => ({ tenantId: row.tenantId, type: TYPE, data: { remarks: row.sealedRemarks ?? null } })));
    return rows.map((row, i) => {
      const ids = row.remarkIds ?? [];
      const remarks = (opened[i]!.data as { remarks: Record<string, string> | typeof ERASED | null }).remarks;
      if (ids.length === 0) return {};
      if (remarks === null || remarks === ERASED) return Object.fromEntries(ids.map((id) => [id, ERASED]));
      return remarks;
    });
  }
}
