import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type {
  ApplicationReferredToAssociationV1,
  RecordedEvent,
  ReferralDecidedV1,
  ReferralOutcomeReceivedV1,
  ReferralReceivedV1,
} from '@athar/contracts';
import { PersonalDataProtector } from '@athar/personal-data';
import { applyIfNewer, EventHandlers, EventWriter } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { incomingReferralStream, outgoingReferralStream } from './referral-streams';
import { ReferralView, referralViewId } from './referral-view.schema';

/**
 * Carries a referral between tenants through events, each side writing only its own streams:
 * the referral reaches the receiving tenant with the consented data only, and the decision goes back
 * to the referring tenant as an outcome only. Also keeps both sides' views.
 */
@Injectable()
export class ReferralFlowReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    private readonly personalData: PersonalDataProtector,
    @InjectModel(ReferralView.name) private readonly views: Model<ReferralView>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationReferredToAssociation', async (event) => {
      const data = event.data as ApplicationReferredToAssociationV1;
      const external = data.target.kind === 'external';
      await this.view(event, event.tenantId, data.referralId, 'outgoing', {
        status: external ? 'referred-externally' : 'referred',
        counterpart: data.target,
        requestedService: data.requestedService,
        reason: data.reason,
      });
      if (data.target.kind !== 'tenant') return;
      const received: ReferralReceivedV1 = {
        referralId: data.referralId,
        fromTenantId: event.tenantId,
        fromTenantName: this.tenants.get(event.tenantId).name,
        requestedService: data.requestedService,
        reason: data.reason,
        sharedData: data.sharedData,
        receivedAt: new Date().toISOString(),
      };
      const target = data.target.tenantId;
      await this.writer.decideAndAppend(incomingReferralStream(target, data.referralId), target, { kind: 'event', event }, (history) =>
        history.length > 0 ? [] : [{ type: 'ReferralReceived', version: 1, data: received }],
      );
    });

    this.handlers.on('ReferralReceived', async (event) => {
      const data = event.data as ReferralReceivedV1;
      await this.view(event, event.tenantId, data.referralId, 'incoming', {
        status: 'received',
        counterpart: { kind: 'tenant', tenantId: data.fromTenantId, name: data.fromTenantName },
        requestedService: data.requestedService,
        reason: data.reason,
        // Kept sealed in the read model too (ADR 0013): the controller opens it for the reader.
        sharedData: ((await this.personalData.seal(event.tenantId, 'ReferralReceived', { referralId: data.referralId, sharedData: data.sharedData })) as { sharedData: Record<string, unknown> }).sharedData,
      });
    });

    this.handlers.on('ReferralDecided', async (event) => {
      const data = event.data as ReferralDecidedV1;
      await this.view(event, event.tenantId, data.referralId, 'incoming', { status: data.decision, decisionReason: data.reason });
      const outcome: ReferralOutcomeReceivedV1 = { referralId: data.referralId, decision: data.decision, reason: data.reason, decidedAt: data.decidedAt };
      await this.writer.decideAndAppend(outgoingReferralStream(data.fromTenantId, data.referralId), data.fromTenantId, { kind: 'event', event }, (history) =>
        history.some((e) => e.type === 'ReferralOutcomeReceived') ? [] : [{ type: 'ReferralOutcomeReceived', version: 1, data: outcome }],
      );
    });

    this.handlers.on('ReferralOutcomeReceived', async (event) => {
      const data = event.data as ReferralOutcomeReceivedV1;
      await this.view(event, event.tenantId, data.referralId, 'outgoing', { status: data.decision, decisionReason: data.reason });
    });
  }

  /** Applies an event to one side's view if newer (redeliveries change nothing). */
  private view(event: RecordedEvent, tenantId: string, referralId: string, direction: 'outgoing' | 'incoming', fields: Partial<ReferralView>): Promise<void> {
    return applyIfNewer(this.views, referralViewId(tenantId, referralId, direction), event.globalPosition, {
      ...fields,
      tenantId,
      referralId,
      direction,
      revision: event.revision,
      updatedAt: new Date(),
    });
  }
}
