import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { Principal } from '@athar/identity';
import type { OutboxMessage, PostgresOutbox } from '@athar/notifier';
import { CurrentPrincipal, Roles } from '@athar/service-kit';

export const OUTBOX = Symbol('OUTBOX');

export class OutboxQuery {
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

/** A search by recipient travels in the body: a mobile number or email in a URL ends up in access logs and proxies. */
export class OutboxSearch extends OutboxQuery {
  @ApiProperty({ example: '+966512345678' }) @Matches(/^(\+9665\d{8}|[^\s@]+@[^\s@]+)$/) recipient!: string;
}

/** What the platform told people on this tenant's behalf: readable back by staff (SMS have no gateway here). */
@ApiTags('notifications')
@Controller('notifications/outbox')
export class OutboxController {
  constructor(@Inject(OUTBOX) private readonly outbox: PostgresOutbox) {}

  @Get()
  @Roles('relations-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiResponse({ status: 200, description: 'Done', schema: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object' } } } } })
  @ApiOperation({ summary: "Messages sent on the tenant's behalf, newest first." })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: OutboxQuery): Promise<{ items: OutboxMessage[] }> {
    return { items: await this.outbox.list(principal.tenantId, { limit: query.limit }) };
  }

  @Post('search')
  @HttpCode(200)
  @Roles('relations-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiResponse({ status: 200, description: 'Done', schema: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object' } } } } })
  @ApiOperation({ summary: 'Messages sent to one recipient (mobile or email, given in the body), newest first.' })
  @ApiOkResponse({ description: 'The messages, newest first.' })
  async search(@CurrentPrincipal() principal: Principal, @Body() search: OutboxSearch): Promise<{ items: OutboxMessage[] }> {
    return { items: await this.outbox.list(principal.tenantId, { recipient: search.recipient, limit: search.limit }) };
  }
}
