import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateUserDto } from './create-user.dto.js';

/** A new password may be set here (admin reset); the user name is the sign-in identity and stays. */
export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username'] as const)) {}
