import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** The refresh token handed out at sign-in (or by the previous refresh); each one works once. */
export class RefreshSessionDto {
  @ApiProperty({ description: 'Mã làm mới phiên nhận được khi đăng nhập hoặc lần làm mới trước; mỗi mã chỉ dùng một lần', example: '0b8f0c1e-7c1d-4a43-9d0e-2f7d3c9a1b20.ptR_z04jZtiDFi2bwrzdHvXy4B33lz25b0XaQzeWP1g' })
  @IsString({ message: 'refreshToken phải là chuỗi' })
  @MaxLength(1000)
  refreshToken: string;
}
