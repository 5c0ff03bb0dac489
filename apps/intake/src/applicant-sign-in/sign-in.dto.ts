import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import type { Bilingual } from '@athar/contracts';
import type { ApplicantTokens } from '@athar/identity';

export class SignInRequestDto {
  @ApiProperty({ example: '0512345678', description: 'A Saudi mobile number in any usual form (05…, +9665…); Arabic-Indic digits accepted' })
  @IsString({ message: 'mobile: رقم الجوال مطلوب (the mobile number is required)' })
  @Length(9, 20, { message: 'mobile: رقم الجوال غير صحيح (not a valid mobile number)' })
  mobile!: string;
}

export class SignInVerifyDto extends SignInRequestDto {
  @ApiProperty({ example: '482913', description: 'The 6-digit code sent by SMS; Arabic-Indic digits accepted' })
  @IsString({ message: 'code: الرمز مطلوب (the code is required)' })
  @Matches(/^[0-9٠-٩]{6}$/, { message: 'code: الرمز ستة أرقام (6 digits)' })
  code!: string;
}

export class SignInRefreshDto {
  @ApiProperty({ description: 'The refresh token of the last sign-in or refresh (single use)' })
  @IsString({ message: 'refreshToken: رمز التجديد مطلوب (the refresh token is required)' })
  @Length(10, 8192, { message: 'refreshToken: رمز التجديد غير صحيح (not a refresh token)' })
  refreshToken!: string;
}

export interface SignInCodeSent {
  expiresAt: string;
  message: Bilingual;
}

export class SignInCodeSentDto implements SignInCodeSent {
  @ApiProperty({ description: 'When a code sent now stops working (5 minutes)' }) expiresAt!: string;
  @ApiProperty({ description: 'The same answer for every mobile: Arabic with English beside it' }) message!: Bilingual;
}

export class SignInTokensDto implements ApplicantTokens {
  @ApiProperty({ description: 'Bearer token for the API (5 minutes)' }) accessToken!: string;
  @ApiProperty({ description: 'Single use: POST /public/{tenantId}/sign-in/refresh for the next access token' }) refreshToken!: string;
  @ApiProperty({ description: 'Seconds the access token lives' }) expiresIn!: number;
  @ApiProperty({ description: 'Seconds the refresh token lives unless used' }) refreshExpiresIn!: number;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
}
