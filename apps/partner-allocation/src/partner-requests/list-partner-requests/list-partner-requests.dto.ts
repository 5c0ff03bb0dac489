import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageOf, PageQuery } from '@athar/service-kit';
import { PARTNER_REQUEST_STAGES } from '../partner-request-stream';
import { BilingualTextDto, PartnerDto } from '../partner-request.dto';

const SLUG = /^[a-z][a-z0-9-]{1,62}$/;

export class PartnerRequestsQuery extends PageQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({ enum: PARTNER_REQUEST_STAGES, description: 'Only requests at this stage' }) @IsOptional() @IsIn(PARTNER_REQUEST_STAGES) stage?: string;
  @ApiPropertyOptional({ example: 'partner-association-services' }) @IsOptional() @Matches(SLUG) serviceId?: string;
  @ApiPropertyOptional({ example: 'qassim', description: 'Only requests from this administrative region' }) @IsOptional() @Matches(SLUG) regionId?: string;
}

export class MyPartnerRequestsQuery extends PageQuery({ default: 50, max: 200 }) {}

/** A request as the allocating association's list shows it (no contact, no scores: those are in the detail). */
export class PartnerRequestItemDto {
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ enum: PARTNER_REQUEST_STAGES }) stage!: string;
  @ApiProperty({ type: PartnerDto }) partner!: PartnerDto;
  @ApiProperty() serviceId!: string;
  @ApiProperty() regionId!: string;
  @ApiProperty() governorateId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) expectedBeneficiaries!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'date-time' }) studyDeadline!: string;
  @ApiProperty({ nullable: true, type: 'integer', description: "The needs study's total (null until done)" }) studyTotal!: number | null;
}
export class PartnerRequestPageDto extends PageOf(PartnerRequestItemDto) {}

/**
 * A partner tenant's own request as it follows it: where it stands, never the scores nor anything of
 * another partner (docs/adr/0038).
 */
export class MyPartnerRequestDto {
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ example: 'tuwaiq' }) allocatingTenantId!: string;
  @ApiProperty({ enum: PARTNER_REQUEST_STAGES }) stage!: string;
  @ApiProperty() serviceId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) expectedBeneficiaries!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the needs study is due' }) studyDeadline!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the needs study was done (null until then)' })
  studyCompletedAt!: string | null;
  @ApiProperty({ type: BilingualTextDto, description: 'Where the request stands, in words' }) status!: BilingualTextDto;
}
export class MyPartnerRequestPageDto extends PageOf(MyPartnerRequestDto) {}
