import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, streamId } from '@athar/contracts';
import { EventWriter } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import type { ContentRatedDto } from '../survey.dto';

export class RateContentCommand extends Command<ContentRatedDto> {
  constructor(
    readonly tenantId: string,
    readonly contentItemId: string,
    readonly channel: string,
    readonly rating: number,
  ) {
    super();
  }
}

/**
 * An indirect beneficiary rates a published content item (Tuwaiq 2-2: reach by content and channel):
 * anonymous, nothing about the person or the request is kept (not even the address: the rate limit keeps
 * only a keyed hash of it, docs/adr/0030).
 */
@CommandHandler(RateContentCommand)
export class RateContentHandler implements ICommandHandler<RateContentCommand> {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute(command: RateContentCommand): Promise<ContentRatedDto> {
    const policy = this.tenants.find(command.tenantId);
    const rating = policy?.satisfaction?.contentRating;
    if (!rating)
      throw new DomainError('content-rating-not-offered', 'not-found', { ar: 'لا يتاح تقييم المحتوى هنا', en: 'Content rating is not offered here' });
    const problems = [
      ...(rating.contentItems.some((c) => c.id === command.contentItemId)
        ? []
        : [{ field: 'contentItemId', reasons: [{ ar: 'ليس من المحتوى المنشور القابل للتقييم', en: 'not a published content item that may be rated' }] }]),
      ...(rating.channels.includes(command.channel)
        ? []
        : [{ field: 'channel', reasons: [{ ar: `إحدى القنوات: ${rating.channels.join('، ')}`, en: `one of: ${rating.channels.join(', ')}` }] }]),
    ];
    if (problems.length > 0) throw new DomainError('invalid-content-rating', 'invalid', { ar: 'التقييم غير صحيح', en: 'The rating is invalid' }, problems);
    const ratingId = randomUUID();
    await this.writer.append(
      streamId('feedback', 'content-rating', command.tenantId, ratingId),
      command.tenantId,
      { kind: 'request', principal: { userId: 'public-content-rating', tenantId: command.tenantId, roles: ['applicant'] }, channel: 'system' },
      [
        {
          type: 'ContentRated',
          version: 1,
          data: { ratingId, contentItemId: command.contentItemId, channel: command.channel, rating: command.rating, ratedAt: new Date().toISOString() },
        },
      ],
      'no_stream',
    );
    return { ratingId };
  }
}
