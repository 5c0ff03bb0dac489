import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ROUND_STATUSES } from '@athar/domain-partner-allocation';
import { PageOf, PageQuery } from '@athar/service-kit';
import { AllocationReasonDto, ROUND_UNITS } from '../allocation-round.dto';

export class MyAllocationRoundsQuery extends PageQuery({ default: 20, max: 100 }) {
  @ApiPropertyOptional({ example: 'tuwaiq', description: 'Only the rounds of this association' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  allocatingTenantId?: string;
  @ApiPropertyOptional({ enum: ROUND_STATUSES, description: 'Only rounds in this state' }) @IsOptional() @IsIn(ROUND_STATUSES) status?: string;
}

/** One round a partner tenant's request is in, as that partner sees it: its own line only (ADR 0038). */
export class MyAllocationRoundItemDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: 'tuwaiq', description: 'The association that runs the round' }) allocatingTenantId!: string;
  @ApiProperty() serviceId!: string;
  @ApiProperty({ enum: ROUND_UNITS }) unit!: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @ApiProperty({ format: 'uuid', description: "The partner's own request in the round" }) partnerRequestId!: string;
  @ApiProperty({ nullable: true, type: 'integer', minimum: 1, description: "Its rank among the round's requests, once approved" }) rank!: number | null;
  @ApiProperty({ nullable: true, type: 'integer', minimum: 1, description: 'How many requests the round ranked, once approved' }) ranked!: number | null;
  @ApiProperty({ nullable: true, type: 'integer', description: 'Once approved' }) share!: number | null;
  @ApiProperty({ nullable: true, type: 'integer', description: 'Once approved' }) asked!: number | null;
  @ApiProperty({ nullable: true, type: String, enum: ['in-full', 'in-part', 'nothing', null], description: 'Once approved' }) outcome!: string | null;
  @ApiProperty({
    type: [AllocationReasonDto],
    description: "Once approved: why its share is what it is, in general words (never another partner's name or score)",
  })
  reasons!: AllocationReasonDto[];
}
export class MyAllocationRoundPageDto extends PageOf(MyAllocationRoundItemDto) {}
