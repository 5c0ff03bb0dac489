import { Body, Controller, HttpCode, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Model } from 'mongoose';
import { complaintNotFound, rateComplaint } from '@athar/domain-feedback';
import { AggregateCommands, Public } from '@athar/service-kit';
import { BilingualDto, NO_MARKUP } from '../complaint.dto';
import { complaintAggregate, complaintStreamId, ratingCodeHash } from '../complaint-stream';
import { ComplaintRow } from '../projection/complaint-row.schema';
import { PublicComplaintTenantGuard } from '../public-tenant.guard';

export class RateComplaintDto {
  @ApiProperty({ example: 'AWJ-C-1448-004218312', description: 'The reference given at acknowledgement' })
  @IsString()
  @Matches(/^[A-Z]{2,5}-C-\d{4}-\d{9}$/)
  reference!: string;
  @ApiProperty({ example: 'q1w2e3r4t5y6u7i8o9p0aa', description: 'The single-use rating code given at acknowledgement' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{22}$/)
  code!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) rating!: number;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(1000) @Matches(NO_MARKUP) comment?: string;
}

export class RatingReceiptDto {
  @ApiProperty({ enum: ['rated'] }) status!: 'rated';
  @ApiProperty({ type: BilingualDto }) message!: BilingualDto;
}

export class RateComplaintCommand {
  constructor(
    readonly tenantId: string,
    readonly body: RateComplaintDto,
  ) {}
}

/** The complainant rates how the complaint was handled, once, with the code given at acknowledgement (works for an anonymous complainant too). */
@CommandHandler(RateComplaintCommand)
export class RateComplaintHandler implements ICommandHandler<RateComplaintCommand, RatingReceiptDto> {
  constructor(
    private readonly commands: AggregateCommands,
    @InjectModel(ComplaintRow.name) private readonly rows: Model<ComplaintRow>,
  ) {}

  async execute({ tenantId, body }: RateComplaintCommand): Promise<RatingReceiptDto> {
    const row = await this.rows.findOne({ tenantId, reference: body.reference }).select({ complaintId: 1 }).lean().exec();
    if (!row) throw complaintNotFound();
    await this.commands.handle(complaintAggregate, {
      streamId: complaintStreamId(tenantId, row.complaintId),
      tenantId,
      cause: { kind: 'request', principal: { userId: 'public-link', tenantId, roles: ['applicant'] }, channel: 'website' },
      whenMissing: complaintNotFound,
      decide: (state) => ({
        events: [
          { type: 'ComplaintRated' as const, version: 1, data: rateComplaint(state, ratingCodeHash(body.code), body.rating, body.comment ?? null, new Date()) },
        ],
        result: undefined,
      }),
    });
    return { status: 'rated', message: { ar: 'شكرًا لتقييمك', en: 'Thank you for your rating' } };
  }
}

@ApiTags('public')
@Public()
@UseGuards(PublicComplaintTenantGuard)
@Controller('public/:tenantId/complaint-ratings')
export class RateComplaintController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Throttle({ user: { limit: 20, ttl: 60_000 } })
  @ApiOperation({ summary: 'Rate how a resolved complaint was handled (1 to 5), once, with its reference and the single-use code given at acknowledgement' })
  @ApiOkResponse({ type: RatingReceiptDto })
  @ApiNotFoundResponse({ description: 'No complaint under this reference and code (a wrong code answers the same)' })
  @ApiConflictResponse({ description: 'Already rated, or not resolved yet' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  rate(@Param('tenantId') tenantId: string, @Body() body: RateComplaintDto): Promise<RatingReceiptDto> {
    return this.commands.execute(new RateComplaintCommand(tenantId, body));
  }
}
