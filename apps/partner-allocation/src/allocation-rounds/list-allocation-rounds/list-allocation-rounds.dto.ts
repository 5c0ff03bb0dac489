import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ROUND_STATUSES } from '@athar/domain-partner-allocation';
import { PageOf, PageQuery } from '@athar/service-kit';
import { ROUND_UNITS } from '../allocation-round.dto';

export class AllocationRoundsQuery extends PageQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({ enum: ROUND_STATUSES, description: 'Only rounds in this state' }) @IsOptional() @IsIn(ROUND_STATUSES) status?: string;
  @ApiPropertyOptional({ example: 'job-seeker-training' }) @IsOptional() @Matches(/^[a-z][a-z0-9-]{1,62}$/) serviceId?: string;
}

export class AllocationRoundItemDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() serviceId!: string;
  @ApiProperty({ enum: ROUND_UNITS }) unit!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) capacity!: number;
  @ApiProperty({ enum: ROUND_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: 'integer', description: 'Requests ranked (null until the close)' }) requestCount!: number | null;
  @ApiProperty({ nullable: true, type: 'integer', description: 'Units allocated (null until the close)' }) allocated!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) approvedAt!: string | null;
}
export class AllocationRoundPageDto extends PageOf(AllocationRoundItemDto) {}
