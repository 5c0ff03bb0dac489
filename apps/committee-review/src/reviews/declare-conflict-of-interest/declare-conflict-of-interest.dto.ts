import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class DeclareConflictOfInterestDto {
  @ApiProperty({ example: 'قريب من الدرجة الأولى لمقدم الطلب' }) @IsString() @IsNotEmpty() @MaxLength(1000) note!: string;
}

export interface RecusalReceipt {
  caseId: string;
  memberId: string;
  recused: true;
  revision: number;
}
