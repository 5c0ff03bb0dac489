import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { Principal } from '@athar/identity';
import type { OutboxMessage, PostgresOutbox } from '@athar/notifier';
import { CurrentPrincipal, Roles } from '@athar/service-kit';

export const OUTBOX = Symbol('OUTBOX');

export class OutboxQuery {
  @ApiPropertyOptional({ example: '+966512345678' }) @IsOptional() @Matches(/^(\+9665\d{8}|[^\s@]+@[^\s@]+)$/) recipient?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

/** What the platform told people on this tenant's behalf: readable back by staff (SMS have no gateway here). */
@ApiTags('notifications')
@Controller('notifications/outbox')
export class OutboxController {
  constructor(@Inject(OUTBOX) private readonly outbox: PostgresOutbox) {}

  @Get()
  @Roles('relations-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiOperation({ summary: "Messages sent on the tenant's behalf, newest first." })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: OutboxQuery): Promise<{ items: OutboxMessage[] }> {
    return { items: await this.outbox.list(principal.tenantId, { recipient: query.recipient, limit: query.limit }) };
  }
}
