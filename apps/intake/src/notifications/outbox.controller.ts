import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { Principal } from '@athar/identity';
import type { OutboxMessage, OutboxPage, OutboxPosition, PostgresOutbox } from '@athar/notifier';
import { CurrentPrincipal, decodeCursor, encodeCursor, PageOf, PageQuery, Roles, type SortKey } from '@athar/service-kit';

export const OUTBOX = Symbol('OUTBOX');

export class OutboxQuery extends PageQuery({ default: 50, max: 200 }) {}

/** A search by recipient travels in the body: a mobile number or email in a URL ends up in access logs and proxies. */
export class OutboxSearch extends OutboxQuery {
  @ApiProperty({ example: '+966512345678' }) @Matches(/^(\+9665\d{8}|[^\s@]+@[^\s@]+)$/) recipient!: string;
}

export class OutboxMessageDto implements OutboxMessage {
  @ApiProperty() id!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty({ enum: ['sms', 'email', 'staff'] }) channel!: string;
  @ApiProperty() recipient!: string;
  @ApiProperty() body!: string;
  @ApiProperty() segments!: number;
  @ApiProperty() correlationId!: string;
  @ApiProperty() createdAt!: string;
}

export class OutboxPageDto extends PageOf(OutboxMessageDto) {}

/**
 * The outbox's keyset order (docs/adr/0029): newest first by when a message was recorded, in whole
 * microseconds as PostgreSQL keeps it, then by row id. Both integers, refused otherwise before SQL.
 */
const OUTBOX_SORT: readonly SortKey[] = [
  { field: 'createdAtMicros', direction: -1, kind: 'integer' },
  { field: 'id', direction: -1, kind: 'integer' },
];

/** The position a cursor names, or a 422 naming `cursor` (malformed, of the other list, for other filters). */
function positionOf(list: string, filters: Record<string, unknown>, cursor: string | undefined): OutboxPosition | undefined {
  if (!cursor) return undefined;
  const [createdAtMicros, id] = decodeCursor(list, filters, OUTBOX_SORT, cursor) as [number, number];
  return { createdAtMicros, id };
}

const pageOf = (list: string, filters: Record<string, unknown>, page: OutboxPage): OutboxPageDto => ({
  items: page.messages,
  nextCursor: page.next ? encodeCursor(list, filters, OUTBOX_SORT, { ...page.next }) : null,
  total: page.total,
});

/** What the platform told people on this tenant's behalf: readable back by staff (SMS have no gateway here). */
@ApiTags('notifications')
@Controller('notifications/outbox')
export class OutboxController {
  constructor(@Inject(OUTBOX) private readonly outbox: PostgresOutbox) {}

  @Get()
  @Roles('relations-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiOperation({ summary: "Messages sent on the tenant's behalf, newest first, in keyset pages (cursor), with the total." })
  @ApiOkResponse({ type: OutboxPageDto })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: OutboxQuery): Promise<OutboxPageDto> {
    const filters = {};
    const page = await this.outbox.page(principal.tenantId, { limit: query.limit, after: positionOf('outbox', filters, query.cursor) });
    return pageOf('outbox', filters, page);
  }

  @Post('search')
  @HttpCode(200)
  @Roles('relations-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiOperation({
    summary:
      'Messages sent to one recipient (mobile or email, given in the body), newest first, in keyset pages (cursor in the body too, bound to the recipient), with the total.',
  })
  @ApiOkResponse({ type: OutboxPageDto })
  async search(@CurrentPrincipal() principal: Principal, @Body() search: OutboxSearch): Promise<OutboxPageDto> {
    const filters = { recipient: this.outbox.recipientKey(principal.tenantId, search.recipient) };
    const page = await this.outbox.page(principal.tenantId, {
      recipient: search.recipient,
      limit: search.limit,
      after: positionOf('outbox-search', filters, search.cursor),
    });
    return pageOf('outbox-search', filters, page);
  }
}
