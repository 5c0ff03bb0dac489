import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { ApplicantDto } from '../applications/submit-application/submit-application.dto';

export class ReferralTargetDto {
  @ApiProperty({ enum: ['tenant', 'external'] }) @IsIn(['tenant', 'external']) kind!: 'tenant' | 'external';

  @ApiProperty({ required: false, description: 'When kind = tenant: the association on the platform', example: 'awj' })
  @ValidateIf((t: ReferralTargetDto) => t.kind === 'tenant')
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  tenantId?: string;

  @ApiProperty({ required: false, description: 'When kind = external: the body outside the platform' })
  @ValidateIf((t: ReferralTargetDto) => t.kind === 'external')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
}

export class ReferApplicationDto {
  @ApiProperty({ type: ReferralTargetDto }) @ValidateNested() @Type(() => ReferralTargetDto) target!: ReferralTargetDto;
  @ApiProperty({ example: 'دعم مالي للإيجار' }) @IsString() @IsNotEmpty() @MaxLength(500) requestedService!: string;
  @ApiProperty({ example: 'الخدمة ليست من اختصاص الجمعية' }) @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
  @ApiProperty({ type: ApplicantDto }) @ValidateNested() @Type(() => ApplicantDto) applicant!: ApplicantDto;

  @ApiProperty({ enum: ['fullName', 'mobile', 'nationalId'], isArray: true, description: 'What the applicant agreed to share; nothing else is sent' })
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(['fullName', 'mobile', 'nationalId'], { each: true })
  consentedFields!: Array<'fullName' | 'mobile' | 'nationalId'>;
}

export class DecideReferralDto {
  @ApiProperty({ enum: ['accepted', 'declined'] }) @IsIn(['accepted', 'declined']) decision!: 'accepted' | 'declined';
  @ApiProperty({ example: 'نستقبل الطلب ونتواصل مع المستفيد' }) @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
}
