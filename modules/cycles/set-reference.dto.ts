import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Trimmed } from '../../src/errors/validation.js';

/** A national figure a relative rule compares with (004, 7.5), and where it was published. */
export class SetReferenceDto {
  @ApiProperty({ example: 0.85, description: 'Giá trị của địa phương cao nhất cả nước (cùng cách tính với chỉ số, ví dụ tỷ lệ a/b)' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 6 })
  @Min(0)
  @Max(1e12)
  value: number;
  @ApiProperty({ example: 'Báo cáo DTI 2023 của Bộ TT&TT, Phụ lục 2, trang 14', description: 'Nguồn của giá trị (văn bản, trang, mục)' })
  @Trimmed()
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'Nguồn không được để trống' })
  source: string;
}
