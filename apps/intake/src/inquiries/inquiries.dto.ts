import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageOf, PageQuery } from '@athar/service-kit';
import { CHANNELS } from '@athar/tenancy';
import type { Channel } from '@athar/contracts';

export class InquiryContactDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ example: '0512345678' }) @IsOptional() @Matches(/^(05\d{8}|\+9665\d{8})$/) mobile?: string;
}

export class OpenInquiryDto {
  @ApiProperty({ enum: CHANNELS }) @IsIn(CHANNELS) channel!: Channel;
  @ApiProperty({ example: 'ما المستندات المطلوبة لطلب الدعم؟' }) @IsString() @IsNotEmpty() @MaxLength(2000) question!: string;
  @ApiPropertyOptional({ type: InquiryContactDto }) @IsOptional() @ValidateNested() @Type(() => InquiryContactDto) contact?: InquiryContactDto;
}

export class AnswerInquiryDto {
  @ApiProperty({ example: 'الهوية الوطنية والعنوان الوطني.' }) @IsString() @IsNotEmpty() @MaxLength(4000) answer!: string;
}

export class ListInquiriesQuery extends PageQuery({ default: 20, max: 100 }) {
  @ApiPropertyOptional({ enum: ['open', 'answered'] }) @IsOptional() @IsIn(['open', 'answered']) status?: 'open' | 'answered';
  @ApiPropertyOptional({ enum: CHANNELS, description: 'Only inquiries received on this channel' }) @IsOptional() @IsIn(CHANNELS) channel?: Channel;
  @ApiPropertyOptional({ description: 'Opened at or after (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) openedFrom?: string;
  @ApiPropertyOptional({ description: 'Opened before (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) openedTo?: string;
}

export class InquiryDto {
  @ApiProperty() inquiryId!: string;
  @ApiProperty({ enum: ['open', 'answered'] }) status!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() question!: string;
  @ApiProperty() openedAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) answer!: string | null;
  @ApiProperty({ description: 'Send as If-Match when answering' }) revision!: number;
}

export class InquiryPageDto extends PageOf(InquiryDto) {}
