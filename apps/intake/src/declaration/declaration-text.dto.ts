import { ApiProperty } from '@nestjs/swagger';
import { BilingualTextDto } from '../bilingual-text.dto';

/** The declaration an applicant signs, in the version they sign (one schema for every route that shows it). */
export class DeclarationTextDto {
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ type: BilingualTextDto, description: 'Arabic first, English beside it' }) text!: BilingualTextDto;
}
