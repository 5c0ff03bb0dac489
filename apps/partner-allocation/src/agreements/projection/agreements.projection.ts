import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { EventHandlers } from '@athar/service-kit';
import { PartnerAgreementReader } from '../agreement-reader';
import { AgreementRow } from './agreement-row.schema';

export const AGREEMENT_EVENT_TYPES = [
  'PartnerAgreementDrafted',
  'PartnerAgreementSent',
  'PartnerAgreementSigned',
  'PartnerAgreementTookEffect',
  'PartnerAgreementEnded',
  'PartnerAgreementTerminated',
] as const;

/** Every event of an agreement's stream rebuilds its row from the stream (the newest revision wins). */
@Injectable()
export class AgreementsProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly reader: PartnerAgreementReader,
    @InjectModel(AgreementRow.name) private readonly rows: Model<AgreementRow>,
  ) {}

  onModuleInit(): void {
    for (const type of AGREEMENT_EVENT_TYPES) this.handlers.on(type, (event) => this.rebuild(event));
  }

  private async rebuild(event: RecordedEvent): Promise<void> {
    const agreementId = (event.data as { agreementId: string }).agreementId;
    const snapshot = await this.reader.snapshot(event.tenantId, agreementId);
    if (!snapshot) return;
    const { view, revision } = snapshot;
    const row = {
      tenantId: event.tenantId,
      agreementId,
      state: view.state,
      partnerTenantId: view.partner.tenantId,
      draftedAt: new Date(view.draftedAt),
      view,
      revision,
    };
    const id = `${event.tenantId}:${agreementId}`;
    if ((await this.rows.updateOne({ _id: id, revision: { $lt: revision } }, { $set: row }).exec()).matchedCount > 0) return;
    try {
      await this.rows.create({ _id: id, ...row });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      await this.rows.updateOne({ _id: id, revision: { $lt: revision } }, { $set: row }).exec();
    }
  }
}
