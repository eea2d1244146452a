import { ApiProperty } from '@nestjs/swagger';

/** Documents the body for OpenAPI; passport-local reads the fields itself. */
export class LoginDto {
  @ApiProperty({ example: 'admin' }) username: string;
  @ApiProperty({ example: 'Demo@2024' }) password: string;
}
