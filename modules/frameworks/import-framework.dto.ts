import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import type { Framework } from '../scoring/engine/framework.types.js';

/** The smallest file the validator accepts: one main indicator with one scored leaf (district 1.5). */
const FRAMEWORK_EXAMPLE: Framework = {
  code: 'district-thu-nghiem',
  version: 1,
  name: 'Bộ chỉ số thử nghiệm cấp huyện',
  decision: 'Quyết định 3473/QĐ-UBND ngày 29/12/2023, Phụ lục II',
  unitKind: 'DISTRICT',
  maxPoints: 10,
  indicators: [
    {
      code: '1',
      name: 'Nhận thức số',
      maxPoints: 10,
      children: [
        {
          code: '1.5',
          name: 'Hệ thống truyền thanh cấp huyện có chuyên mục riêng về chuyển đổi số',
          maxPoints: 10,
          variables: [{ key: 'has_column', label: 'Đã có chuyên mục riêng về chuyển đổi số', type: 'boolean' }],
          rule: { kind: 'BOOLEAN', variable: 'has_column' },
          ruleText: '- Đã có: Điểm tối đa; - Chưa có: 0 điểm',
          evidence: 'Tài liệu/link hoặc hình ảnh chứng minh',
          supplier: 'UNIT',
          assessedBy: [{ agency: 'SO-TTTT' }],
          periods: ['QUARTER', 'HALF_YEAR', 'YEAR'],
          yearly: 'AVERAGE',
        },
      ],
    },
  ],
};

/** The framework file's content; its structure is checked by validateFramework, which names the indicator at fault. */
export class ImportFrameworkDto {
  @ApiProperty({ description: 'Nội dung tệp bộ chỉ số (JSON), xem modules/frameworks/data/', example: FRAMEWORK_EXAMPLE })
  @IsObject()
  framework: Framework;
}
