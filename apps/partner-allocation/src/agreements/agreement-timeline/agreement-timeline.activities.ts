import { endAtTerm, lapseUnsigned, type AgreementState } from '@athar/domain-partner-allocation';
import { facts, type AggregateCommands } from '@athar/service-kit';
import type { AgreementStanding, PartnerAgreementTimelineActivities } from '@athar/workflows';
import { partnerAgreementAggregate, partnerAgreementStreamId, termEndsAt } from '../partner-agreement-stream';

function standingOf(state: AgreementState): AgreementStanding {
  if (state.status === 'in-force') return { status: 'in-force', termEndsAt: termEndsAt(state.drafted!.term.endsOn) };
  if (state.status === 'sent' || state.status === 'signed-by-one' || state.status === 'draft') return { status: 'pending' };
  return { status: 'closed' };
}

/**
 * The agreement workflow's facts, through the one command path; caused by the stream's latest event,
 * so a retried activity records nothing twice (ADR 0012). The deciders judge the instant fired.
 */
export function createAgreementTimelineActivities(commands: AggregateCommands): PartnerAgreementTimelineActivities {
  return {
    async lapseUnsignedAgreement({ tenantId, agreementId, firedAt }) {
      const outcome = await commands.handle(partnerAgreementAggregate, {
        streamId: partnerAgreementStreamId(tenantId, agreementId),
        tenantId,
        cause: (latest) => ({ kind: 'event', event: latest! }),
        whenMissing: () => new Error(`No partner agreement ${agreementId} of ${tenantId}`),
        decide: (state) => {
          const lapsed = lapseUnsigned(state, new Date(firedAt));
          return facts(...(lapsed ? [{ type: 'PartnerAgreementTerminated' as const, version: 1, data: lapsed }] : []));
        },
      });
      return standingOf(outcome.state);
    },
    async endAgreementAtTerm({ tenantId, agreementId, firedAt }) {
      const outcome = await commands.handle(partnerAgreementAggregate, {
        streamId: partnerAgreementStreamId(tenantId, agreementId),
        tenantId,
        cause: (latest) => ({ kind: 'event', event: latest! }),
        whenMissing: () => new Error(`No partner agreement ${agreementId} of ${tenantId}`),
        decide: (state) => {
          const ended = endAtTerm(state, new Date(firedAt));
          return facts(...(ended ? [{ type: 'PartnerAgreementEnded' as const, version: 1, data: ended }] : []));
        },
      });
      return standingOf(outcome.state);
    },
  };
}
