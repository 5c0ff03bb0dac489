import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, Equals, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { STAFF_ROLES, type Role } from '@athar/identity';

export class InviteStaffDto {
  @ApiProperty({ example: 'sara@awj.org.sa' })
  @IsEmail({}, { message: 'email: بريد إلكتروني غير صحيح (not a valid email address)' })
  @Length(3, 254)
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @ApiProperty({ enum: STAFF_ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(STAFF_ROLES.length)
  @ArrayUnique()
  @IsIn(STAFF_ROLES, { each: true, message: 'roles: دور غير معروف للموظفين (not a staff role)' })
  roles!: Role[];
}

export class ChangeStaffDto {
  @ApiPropertyOptional({ enum: STAFF_ROLES, isArray: true, description: 'Exactly the roles the account holds from now on' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(STAFF_ROLES.length)
  @ArrayUnique()
  @IsIn(STAFF_ROLES, { each: true, message: 'roles: دور غير معروف للموظفين (not a staff role)' })
  roles?: Role[];

  @ApiPropertyOptional({ enum: [false], description: 'false deactivates the account and ends its sessions' })
  @IsOptional()
  @Equals(false, { message: 'active: يقبل القيمة false فقط لإيقاف الحساب (only false, to deactivate)' })
  active?: false;
}

export class ListStaffQuery {
  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  first?: number;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  max?: number;
}
