import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '@athar/service-kit';
import { REPORT_STATUSES } from '../impact-reports-stream';

export class ImpactReportsQuery extends PageQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({ enum: REPORT_STATUSES, description: 'Only reports in this status' }) @IsOptional() @IsIn(REPORT_STATUSES) status?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the periods of this agreement' }) @IsOptional() @IsUUID() agreementId?: string;
  @ApiPropertyOptional({ example: 'tenant:awj', description: 'Only this partner: tenant:<tenantId> or licence:<licence number>' })
  @IsOptional()
  @Matches(/^(tenant:[a-z][a-z0-9-]{1,62}|licence:[A-Za-z0-9-]{1,40})$/)
  partner?: string;
}
export class MyImpactReportsQuery extends PageQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({ enum: REPORT_STATUSES, description: 'Only reports in this status' }) @IsOptional() @IsIn(REPORT_STATUSES) status?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the periods of this agreement' }) @IsOptional() @IsUUID() agreementId?: string;
}
