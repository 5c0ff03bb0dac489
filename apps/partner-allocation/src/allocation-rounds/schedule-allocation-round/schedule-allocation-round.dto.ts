import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { ROUND_UNITS } from '../allocation-round.dto';

/** A round of one service (Tuwaiq, partner allocation 3): its whole-unit capacity and the instants it opens and closes. */
export class ScheduleAllocationRoundDto {
  @ApiProperty({ example: 'job-seeker-training', description: 'A service the association distributes to partners (its partner-allocation policy)' })
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  serviceId!: string;
  @ApiProperty({ enum: ROUND_UNITS, description: 'What the capacity counts: seats, sessions, or money in halalas (1 SAR = 100)' })
  @IsIn(ROUND_UNITS)
  unit!: 'seat' | 'session' | 'halala';
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1_000_000_000_000, example: 120 })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000_000)
  capacity!: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100_000_000, default: 1, description: 'Units a request asks per expected beneficiary' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  unitsPerBeneficiary?: number;
  @ApiProperty({ format: 'date-time', example: '2026-03-01T08:00:00+03:00' }) @IsISO8601({ strict: true }) opensAt!: string;
  @ApiProperty({ format: 'date-time', example: '2026-03-15T08:00:00+03:00' }) @IsISO8601({ strict: true }) closesAt!: string;
}
