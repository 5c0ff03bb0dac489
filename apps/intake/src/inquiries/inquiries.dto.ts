import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
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

export class ListInquiriesQuery {
  @ApiPropertyOptional({ enum: ['open', 'answered'] }) @IsOptional() @IsIn(['open', 'answered']) status?: 'open' | 'answered';
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
  @ApiPropertyOptional({ description: 'Items to skip (the queue is small and read in order)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100000)
  offset?: number;
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
