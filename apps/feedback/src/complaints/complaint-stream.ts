import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { streamId } from '@athar/contracts';
import {
  evolveComplaint,
  evolveGeneralIssue,
  initialComplaintState,
  initialGeneralIssueState,
  type ComplaintEventType,
  type ComplaintState,
  type GeneralIssueEventType,
  type GeneralIssueState,
} from '@athar/domain-feedback';
import { EventWriter, type Aggregate } from '@athar/service-kit';

export const complaintStreamId = (tenantId: string, complaintId: string): string => streamId('feedback', 'complaint', tenantId, complaintId);
export const generalIssueStreamId = (tenantId: string, issueId: string): string => streamId('feedback', 'general-issue', tenantId, issueId);

export const complaintAggregate: Aggregate<ComplaintState, ComplaintEventType> = { initialState: initialComplaintState, evolve: evolveComplaint };
export const generalIssueAggregate: Aggregate<GeneralIssueState, GeneralIssueEventType> = {
  initialState: initialGeneralIssueState,
  evolve: evolveGeneralIssue,
};

/** The single-use rating code's digest: a 128-bit random code, so a plain SHA-256 keeps it unguessable at rest. */
export const ratingCodeHash = (code: string): string => createHash('sha256').update(code, 'utf8').digest('hex');

/** One issue per tenant, category and service while unsolved: its id derives from them and the first complaint, so a redelivery raises nothing twice. */
export function generalIssueId(tenantId: string, categoryId: string, serviceId: string | null, firstComplaintId: string): string {
  const hex = createHash('sha256')
    .update(`${tenantId}|${categoryId}|${serviceId ?? ''}|${firstComplaintId}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The one read port onto a complaint's and a general issue's streams (the contact and text stay sealed there). */
@Injectable()
export class ComplaintReader {
  constructor(private readonly writer: EventWriter) {}

  async complaint(tenantId: string, complaintId: string): Promise<{ state: ComplaintState; revision: number } | null> {
    const { history, revision } = await this.writer.load<ComplaintEventType>(complaintStreamId(tenantId, complaintId));
    if (history.length === 0 || revision === 'no_stream') return null;
    return { state: history.reduce(complaintAggregate.evolve, complaintAggregate.initialState), revision };
  }

  async issue(tenantId: string, issueId: string): Promise<{ state: GeneralIssueState; revision: number } | null> {
    const { history, revision } = await this.writer.load<GeneralIssueEventType>(generalIssueStreamId(tenantId, issueId));
    if (history.length === 0 || revision === 'no_stream') return null;
    return { state: history.reduce(generalIssueAggregate.evolve, generalIssueAggregate.initialState), revision };
  }
}
