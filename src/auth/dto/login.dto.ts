import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '../../common/auth/actor';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../users/password-policy';

export class LoginDto {
  @ApiProperty({ example: 'vanphong@demo.backan.gov.vn', maxLength: 254 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, writeOnly: true })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class SignedInUser {
  @ApiProperty()
  id!: number;
  @ApiProperty()
  email!: string;
  @ApiProperty()
  fullName!: string;
  @ApiProperty({ enum: ROLES })
  role!: Role;
  @ApiProperty({ type: Number, nullable: true })
  departmentId!: number | null;
}

export class LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;
  @ApiProperty({ type: SignedInUser })
  user!: SignedInUser;
}

// Named apart from the meeting sessions' SessionResponse: OpenAPI schemas share one namespace.
@ApiSchema({ name: 'SignInSessionResponse' })
export class SessionResponse {
  @ApiProperty({ type: SignedInUser })
  user!: SignedInUser;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, writeOnly: true })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    writeOnly: true,
    description: 'At least 10 characters, not a well-known password.',
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class ChangePasswordResponse {
  @ApiProperty({
    required: false,
    description:
      'A fresh bearer token for this client, when the request came with one; a browser session gets fresh cookies instead.',
  })
  accessToken?: string;
  @ApiProperty({ type: SignedInUser })
  user!: SignedInUser;
}
