import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const NO_CONTROL = /^[^\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+$/;

/** A signature: who signs for their side and in what capacity (Tuwaiq, partner allocation 4; docs/adr/0039). */
export class SignAgreementDto {
  @ApiProperty({ minLength: 3, maxLength: 120, example: 'سارة العتيبي' })
  @IsString()
  @MinLength(3)
  @MaxLength(120)
  @Matches(NO_CONTROL, { message: 'name has no control or invisible characters' })
  name!: string;
  @ApiProperty({ minLength: 3, maxLength: 120, example: 'رئيسة مجلس الإدارة / Chair of the board' })
  @IsString()
  @MinLength(3)
  @MaxLength(120)
  @Matches(NO_CONTROL, { message: 'capacity has no control or invisible characters' })
  capacity!: string;
  @ApiPropertyOptional({
    example: 'tuwaiq',
    description:
      "From a partner association's account: the association whose agreement it signs (required there; the agreement is that association's record, docs/adr/0038)",
  })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  allocatingTenantId?: string;
}
