import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageOf, PageQuery } from '@athar/service-kit';
import { PartnerAgreementDto } from '../agreement.dto';
import { AGREEMENT_STATES } from '../partner-agreement-stream';

export class AgreementsQuery extends PageQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({ enum: AGREEMENT_STATES, description: 'Only agreements in this state' }) @IsOptional() @IsIn(AGREEMENT_STATES) state?: string;
}
export class MyAgreementsQuery extends PageQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({ enum: AGREEMENT_STATES, description: 'Only agreements in this state' }) @IsOptional() @IsIn(AGREEMENT_STATES) state?: string;
}
export class AgreementPageDto extends PageOf(PartnerAgreementDto) {}
