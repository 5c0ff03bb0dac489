import { randomBytes, randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, type Channel, type FieldProblem } from '@athar/contracts';
import { complaintReference, complaintServiceLevels, fileComplaint } from '@athar/domain-feedback';
import { AggregateCommands } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import type { ComplaintReceiptDto } from '../complaint.dto';
import { complaintAggregate, complaintStreamId, ratingCodeHash } from '../complaint-stream';
import { ComplaintsPolicies } from '../complaints-policies';
import { FileComplaintCommand } from './file-complaint.command';

/**
 * The complainant's mobile as the platform keeps, sends to and searches the outbox by: E.164
 * (+9665XXXXXXXX), as the notifier port and the outbox search take it (the DTO admits 05…, 9665…,
 * 009665…, +9665…).
 */
export const normalizeMobile = (mobile: string): string => `+9665${mobile.slice(-8)}`;

@CommandHandler(FileComplaintCommand)
export class FileComplaintHandler implements ICommandHandler<FileComplaintCommand, ComplaintReceiptDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly policies: ComplaintsPolicies,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ tenantId, principal, body }: FileComplaintCommand): Promise<ComplaintReceiptDto> {
    const tenant = this.tenants.get(tenantId);
    const policy = this.policies.of(tenantId);
    const problems: FieldProblem[] = [];
    const refuse = (field: string, ar: string, en: string) => problems.push({ field, reasons: [{ ar, en }] });
    const category = policy.categories.find((c) => c.id === body.categoryId);
    if (!category) refuse('categoryId', 'ليس من أصناف الشكاوى لدى الجمعية', "not one of the association's complaint categories");
    const priority = body.priority ?? policy.defaultPriority;
    if (!policy.priorities.some((p) => p.id === priority)) refuse('priority', 'ليست من أولويات الجمعية', "not one of the association's priorities");
    if (!(tenant.channels as readonly string[]).includes(body.channel)) refuse('channel', 'ليست من قنوات الجمعية', "not one of the association's channels");
    const serviceId = body.serviceId ?? (body.concerns.kind === 'service' ? (body.concerns.id ?? null) : null);
    if (serviceId !== null && !tenant.services.some((s) => s.id === serviceId))
      refuse(body.serviceId ? 'serviceId' : 'concerns.id', 'ليست من خدمات الجمعية', "not one of the association's services");
    if (body.concerns.kind === 'none' && body.concerns.id !== undefined) refuse('concerns.id', 'لا يُذكر معرّف مع none', 'no id with kind none');
    if (body.concerns.kind === 'case' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(body.concerns.id ?? ''))
      refuse('concerns.id', 'معرّف الحالة غير صالح', 'a case id is a UUID');
    if (body.anonymous && body.complainant !== undefined)
      refuse('complainant', 'الشكوى المجهولة لا تحمل اسمًا ولا وسيلة تواصل', 'an anonymous complaint carries no name or contact');
    if (problems.length > 0)
      throw new DomainError('validation-failed', 'invalid', { ar: 'البيانات المرسلة غير صحيحة', en: 'The request has invalid fields' }, problems);

    const complaintId = randomUUID();
    const now = new Date();
    const ratingCode = randomBytes(16).toString('base64url');
    const reference = complaintReference(tenant.caseNumberPrefix, complaintId, now);
    const levels = complaintServiceLevels(now, this.policies.rules(tenantId, priority));
    const complainant = body.complainant
      ? {
          name: body.complainant.name ?? null,
          mobile: body.complainant.mobile ? normalizeMobile(body.complainant.mobile) : null,
          email: body.complainant.email ?? null,
        }
      : null;
    await this.commands.handle(complaintAggregate, {
      streamId: complaintStreamId(tenantId, complaintId),
      tenantId,
      // The public link records its cause without a client address (docs/adr/0042: nothing identifies an anonymous author).
      cause: {
        kind: 'request',
        principal: principal ?? { userId: 'public-link', tenantId, roles: ['applicant'] },
        channel: principal ? (body.channel as Channel) : 'website',
      },
      now,
      decide: (state) => {
        const { filed, acknowledged, escalated } = fileComplaint(
          state,
          {
            complaintId,
            reference,
            channel: body.channel,
            categoryId: category!.id,
            priority,
            safeguarding: category!.safeguarding,
            concerns: { kind: body.concerns.kind, id: body.concerns.kind === 'none' ? null : body.concerns.id! },
            serviceId,
            department: body.department ?? (body.concerns.kind === 'department' ? body.concerns.id! : null),
            text: body.text,
            anonymous: body.anonymous,
            complainant,
            filedBy: principal?.userId ?? 'public-link',
            ratingCodeHash: ratingCodeHash(ratingCode),
            acknowledgeBy: levels.acknowledgeBy,
            resolveBy: levels.resolveBy,
          },
          now,
        );
        return {
          events: [
            { type: 'ComplaintFiled' as const, version: 1, data: filed },
            { type: 'ComplaintAcknowledged' as const, version: 1, data: acknowledged },
            ...(escalated ? [{ type: 'ComplaintEscalated' as const, version: 1, data: escalated }] : []),
          ],
          result: undefined,
        };
      },
    });
    return {
      complaintId,
      reference,
      status: 'acknowledged',
      acknowledgedAt: now.toISOString(),
      resolveBy: levels.resolveBy,
      ratingCode,
      message: {
        ar: `استلمنا شكواك برقم مرجعي ${reference}، وسنرد عليها قبل ${levels.resolveBy.slice(0, 10)}`,
        en: `We received your complaint, reference ${reference}; we will answer by ${levels.resolveBy.slice(0, 10)}`,
      },
    };
  }
}
