import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RequestReconsiderationDto {
  @ApiProperty({ example: 'أرفقت شهادة الخبرة المطلوبة' }) @IsString() @IsNotEmpty() @MaxLength(2000) grounds!: string;
}

export interface ReconsiderationReceipt {
  caseId: string;
  round: number;
  deadline: string;
  revision: number;
}
