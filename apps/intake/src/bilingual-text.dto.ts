import { ApiProperty } from '@nestjs/swagger';

/** Text a person reads, Arabic first and English beside it. */
export class BilingualTextDto {
  @ApiProperty({ example: 'تم استلام طلبك' }) ar!: string;
  @ApiProperty({ example: 'Your request was received' }) en!: string;
}
