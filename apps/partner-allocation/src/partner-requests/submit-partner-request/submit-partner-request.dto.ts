import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const SLUG = /^[a-z][a-z0-9-]{1,62}$/;

export class RegionDto {
  @ApiProperty({ example: 'qassim', description: 'One of the thirteen administrative regions' }) @IsString() @Matches(SLUG) regionId!: string;
  @ApiProperty({ example: 'unaizah', description: 'A governorate of that region' }) @IsString() @Matches(SLUG) governorateId!: string;
}

export class ContactDto {
  @ApiProperty({ example: 'هدى الحربي' }) @IsString() @IsNotEmpty() @MaxLength(120) name!: string;
  @ApiProperty({ example: '0551234567', description: 'A Saudi mobile (05XXXXXXXX or +9665XXXXXXXX)' }) @IsString() @IsNotEmpty() @MaxLength(20) mobile!: string;
  @ApiPropertyOptional({ example: 'partners@awj.example', format: 'email' }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
}

export class NameDto {
  @ApiProperty({ example: 'جمعية البر الخيرية' }) @IsString() @MinLength(2) @MaxLength(200) ar!: string;
  @ApiProperty({ example: 'Al-Birr Charity' }) @IsString() @MinLength(2) @MaxLength(200) en!: string;
}

/** An outside body (not a tenant of the platform) that staff record a request for. */
export class OutsideBodyDto {
  @ApiProperty({ type: NameDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => NameDto) name!: NameDto;
}

/**
 * A partner association's formal request (Tuwaiq, partner allocation 1). From a partner tenant's own
 * account (`partner-applicant`), `allocatingTenantId` names the association applied to; staff
 * (`empowerment-team`) record an outside body's request for their own association, with `outsideBody`.
 */
export class SubmitPartnerRequestDto {
  @ApiPropertyOptional({ example: 'tuwaiq', description: "The association applied to (required from a partner's account; staff: their own)" })
  @IsOptional()
  @IsString()
  @Matches(SLUG)
  allocatingTenantId?: string;

  @ApiPropertyOptional({ type: OutsideBodyDto, description: 'Staff only: the outside body the request is recorded for' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OutsideBodyDto)
  outsideBody?: OutsideBodyDto;

  @ApiProperty({ example: 'partner-association-services', description: "A service of the allocating association's catalogue for partners" })
  @IsString()
  @Matches(SLUG)
  serviceId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000000, example: 120 }) @IsInt() @Min(1) @Max(1_000_000) expectedBeneficiaries!: number;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 10, example: ['Train 120 job seekers in Unaizah'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  objectives!: string[];

  @ApiProperty({ type: RegionDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => RegionDto) region!: RegionDto;

  @ApiProperty({ example: '452', description: 'Licence number with the National Center for the Non-Profit Sector (1 to 6 digits)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(12)
  licenceNumber!: string;

  @ApiProperty({ minLength: 20, maxLength: 4000 }) @IsString() @MaxLength(4000) scopeOfWork!: string;

  @ApiProperty({ type: ContactDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => ContactDto) contact!: ContactDto;
}
