import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmptyObject, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';

export class TerminationReasonDto {
  @ApiProperty({ minLength: 5, maxLength: 2000, example: 'اعتذرت الجمعية الشريكة عن التنفيذ' }) @IsString() @MinLength(5) @MaxLength(2000) ar!: string;
  @ApiProperty({ minLength: 5, maxLength: 2000, example: 'The partner withdrew from the delivery' }) @IsString() @MinLength(5) @MaxLength(2000) en!: string;
}

/** Ending an agreement early, with a stated reason (docs/adr/0039). */
export class TerminateAgreementDto {
  @ApiProperty({ enum: ['partner-withdrew', 'breach-of-terms', 'mutual-consent'] })
  @IsIn(['partner-withdrew', 'breach-of-terms', 'mutual-consent'])
  code!: 'partner-withdrew' | 'breach-of-terms' | 'mutual-consent';
  @ApiProperty({ type: TerminationReasonDto, description: 'Why, in Arabic and English' })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => TerminationReasonDto)
  reason!: TerminationReasonDto;
}
