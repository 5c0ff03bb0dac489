import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';

export class OverrideEligibilityDto {
  @ApiProperty({ enum: ['eligible', 'not-eligible'] }) @IsIn(['eligible', 'not-eligible']) to!: 'eligible' | 'not-eligible';
  @ApiProperty({
    description: 'Why the decision is replaced (at least 10 characters); kept on the record',
    example: 'شهادة الضمان الاجتماعي سارية بعد المراجعة الميدانية',
  })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}
