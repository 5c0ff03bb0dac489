import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, Equals, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ROLES, STAFF_ROLES, type Role } from '@athar/identity';

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
  @ApiPropertyOptional({ enum: STAFF_ROLES, isArray: true, description: 'Exactly the roles the account holds from now on', example: ['social-researcher'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(STAFF_ROLES.length)
  @ArrayUnique()
  @IsIn(STAFF_ROLES, { each: true, message: 'roles: دور غير معروف للموظفين (not a staff role)' })
  roles?: Role[];

  @ApiPropertyOptional({ allOf: [{ type: 'boolean', enum: [false] }], description: 'Only false: deactivates the account and ends its sessions' })
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

/** A staff account as its association's administrator sees it (no password, no second-factor secret). */
export class StaffAccountDto {
  @ApiProperty({ description: 'The account as tokens name it (their subject)' }) userId!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ type: String, nullable: true, format: 'email' }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) firstName!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastName!: string | null;
  @ApiProperty({ description: 'false once deactivated: it signs in no more, and its tokens read no personal data' }) enabled!: boolean;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [String], description: 'What the person must do at their next sign-in (UPDATE_PASSWORD, CONFIGURE_TOTP)' }) requiredActions!: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) createdAt!: string | null;
}

export class StaffInvitedDto {
  @ApiProperty({ type: StaffAccountDto }) account!: StaffAccountDto;
  @ApiProperty({ description: 'Whether the invitation email went (the realm has a mail server)' }) invitationEmailed!: boolean;
}

export class StaffPageDto {
  @ApiProperty({ type: [StaffAccountDto] }) items!: StaffAccountDto[];
  @ApiProperty({ type: 'integer', nullable: true, description: "The next page's `first`; null on the last page" }) next!: number | null;
}
