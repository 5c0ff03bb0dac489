import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ERASED, type RecordedEvent, type ReferralOutcomeReceivedV1, type ReferralReceivedV1, type SharedApplicantData } from '@athar/contracts';
import { PersonalDataErasedError, PersonalDataProtector } from '@athar/personal-data';
import { receiveReferral, receiveReferralOutcome } from '@athar/domain-intake';
import { AggregateCommands, applyIfNewer, EventHandlers } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { PersonKeys } from '../applications/submit-application/person-keys';
import { SubjectErasure } from '../erasure/subject-erasure';
import { incomingReferralAggregate, incomingReferralStream, outgoingReferralAggregate, outgoingReferralStream } from './referral-streams';
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
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
    private readonly personalData: PersonalDataProtector,
    private readonly keys: PersonKeys,
    private readonly erasure: SubjectErasure,
    @InjectModel(ReferralView.name) private readonly views: Model<ReferralView>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationReferredToAssociation', async (event) => {
      const data = event.data;
      const external = data.target.kind === 'external';
      await this.view(event, event.tenantId, data.referralId, 'outgoing', {
        status: external ? 'referred-externally' : 'referred',
        counterpart: data.target,
        requestedService: data.requestedService,
        reason: data.reason,
        personKey: data.personKey ?? null,
        referredAt: new Date(data.referredAt),
      });
      if (data.target.kind !== 'tenant') return;
      const received: ReferralReceivedV1 = {
        referralId: data.referralId,
        fromTenantId: event.tenantId,
        fromTenantName: this.tenants.get(event.tenantId).name,
        requestedService: data.requestedService,
        reason: data.reason,
        sharedData: withoutErased(data.sharedData), // read after the referring side erased it: nothing left to send
        receivedAt: new Date().toISOString(),
      };
      const target = data.target.tenantId;
      await this.commands.handle(incomingReferralAggregate, {
        streamId: incomingReferralStream(target, data.referralId),
        tenantId: target,
        cause: { kind: 'event', event },
        decide: (state) => ({ events: receiveReferral(state, received).map((d) => ({ type: 'ReferralReceived', version: 1, data: d })), result: undefined }),
      });
    });

    this.handlers.on('ReferralReceived', async (event) => {
      const data = event.data;
      await this.view(event, event.tenantId, data.referralId, 'incoming', {
        status: 'received',
        counterpart: { kind: 'tenant', tenantId: data.fromTenantId, name: data.fromTenantName },
        requestedService: data.requestedService,
        reason: data.reason,
        sharedData: await this.sealedForView(event.tenantId, data.referralId, data.sharedData),
        // Only when the receiving side was given the ID: it can then find the referral when erasing the person.
        personKey: data.sharedData.nationalId && data.sharedData.nationalId !== ERASED ? this.keys.person(data.sharedData.nationalId) : null,
        receivedAt: new Date(data.receivedAt),
      });
    });

    // A referral's shared data erased on one side (docs/adr/0013, amended): the side that made the
    // referral tells the receiving association, which erases its own copy (its own key, its own stream).
    this.handlers.on('SubjectDataErased', async (event) => {
      const data = event.data;
      if (!data.keyId.startsWith('referral:')) return;
      const referralId = data.keyId.slice('referral:'.length);
      await this.views.updateMany({ tenantId: event.tenantId, referralId }, { $set: { personalDataErasedAt: new Date(data.erasedAt) } }).exec();
      if (data.forwardTo) {
        await this.erasure.erase(
          data.forwardTo,
          data.keyId,
          { kind: 'event', event },
          { reason: data.reason, erasedBy: `association:${event.tenantId}`, forwardTo: null },
        );
      }
    });

    this.handlers.on('ReferralDecided', async (event) => {
      const data = event.data;
      await this.view(event, event.tenantId, data.referralId, 'incoming', { status: data.decision, decisionReason: data.reason });
      const outcome: ReferralOutcomeReceivedV1 = { referralId: data.referralId, decision: data.decision, reason: data.reason, decidedAt: data.decidedAt };
      await this.commands.handle(outgoingReferralAggregate, {
        streamId: outgoingReferralStream(data.fromTenantId, data.referralId),
        tenantId: data.fromTenantId,
        cause: { kind: 'event', event },
        decide: (state) => ({
          events: receiveReferralOutcome(state, outcome).map((d) => ({ type: 'ReferralOutcomeReceived', version: 1, data: d })),
          result: undefined,
        }),
      });
    });

    this.handlers.on('ReferralOutcomeReceived', async (event) => {
      const data = event.data;
      await this.view(event, event.tenantId, data.referralId, 'outgoing', { status: data.decision, decisionReason: data.reason });
    });
  }

  /**
   * The shared data as the read model keeps it: sealed with the referral's key (ADR 0013), the
   * controller opening it for the reader. Values already erased stay "[erased]"; a key erased meanwhile
   * leaves nothing to seal.
   */
  private async sealedForView(tenantId: string, referralId: string, shared: SharedApplicantData): Promise<Record<string, unknown>> {
    const erasedFields = Object.fromEntries(Object.keys(shared).map((field) => [field, ERASED]));
    try {
      const sealed = (await this.personalData.seal(tenantId, 'ReferralReceived', { referralId, sharedData: withoutErased(shared) })) as {
        sharedData: Record<string, unknown>;
      };
      return { ...erasedFields, ...sealed.sharedData };
    } catch (error) {
      if (error instanceof PersonalDataErasedError) return erasedFields;
      throw error;
    }
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

/** The shared data without the fields that read "[erased]" (their key was destroyed). */
function withoutErased(shared: SharedApplicantData): SharedApplicantData {
  return Object.fromEntries(Object.entries(shared).filter(([, value]) => value !== ERASED)) as SharedApplicantData;
}
