import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { CHANNELS } from '@athar/tenancy';

export const APPLICATION_STATUSES = ['submitted'] as const;

export class ListApplicationsQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: string;

  @ApiPropertyOptional({ example: 'member-service' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  serviceId?: string;

  @ApiPropertyOptional({ description: 'Submitted at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  submittedFrom?: string;

  @ApiPropertyOptional({ description: 'Submitted before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  submittedTo?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/)
  cursor?: string;
}

export class ApplicationSummaryDto {
  @ApiProperty() caseId!: string;
  @ApiProperty() status!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() serviceId!: string;
  @ApiProperty() submittedAt!: string;
  @ApiProperty() expectedResponseBy!: string;
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationSummaryDto] }) items!: ApplicationSummaryDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;
}
