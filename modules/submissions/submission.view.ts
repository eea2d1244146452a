import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUBMISSION_TAGS } from '../../workflows/submission.machine.js';

/**
 * A move this caller may make now, as the statechart and the access policy decide together:
 * the screens render one control per entry and nothing else (issue 25).
 */
export class AllowedMove {
  @ApiProperty({ example: 'SUBMIT' }) type: string;
  @ApiProperty({ example: 'Gửi tự đánh giá' }) label: string;
  @ApiProperty({ enum: ['none', 'optional', 'required'], description: 'Lý do: không cần, tùy chọn, bắt buộc' }) reason: 'none' | 'optional' | 'required';
  @ApiProperty({ description: 'Phải chọn các chỉ số mà bước này liên quan' }) indicators: boolean;
}

class Deadlines {
  @ApiPropertyOptional() opensAt?: string;
  @ApiProperty() dataEntry: string;
  @ApiProperty({ type: String, nullable: true }) disputeWindow: string | null;
}

class Returned {
  @ApiProperty({ type: [String] }) indicators: string[];
  @ApiProperty() reason: string;
  @ApiPropertyOptional() unitAwaited?: boolean;
  @ApiPropertyOptional({ type: [Number] }) awaiting?: number[];
}

class Disputed {
  @ApiProperty({ type: [String] }) indicators: string[];
  @ApiProperty() explanation: string;
}

class Closure {
  @ApiProperty() reason: string;
  @ApiProperty() at: string;
}

class Correction {
  @ApiProperty() reason: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional() closedAt?: string;
}

/** A submission as every route answers it: the row, what its state means, and the caller's moves. */
export class SubmissionView {
  @ApiProperty() id: number;
  @ApiProperty() cycleId: number;
  @ApiProperty() unitId: number;
  @ApiProperty({ example: 'YEAR' }) period: string;
  @ApiProperty() frameworkCode: string;
  @ApiProperty() frameworkVersion: number;
  @ApiProperty({ description: 'Tên trạng thái cấp cao nhất (để lọc, sắp xếp); ý nghĩa của trạng thái đọc ở tags' }) status: string;
  @ApiProperty({ example: 'Đang nhập liệu' }) statusLabel: string;
  @ApiProperty({ enum: SUBMISSION_TAGS, isArray: true, description: 'Ý nghĩa của trạng thái theo sơ đồ trạng thái' }) tags: string[];
  @ApiProperty({ type: [AllowedMove] }) allowed: AllowedMove[];
  @ApiProperty({ enum: ['VERIFICATION', 'DISPUTE_RESOLUTION'], nullable: true, description: 'Quá hạn thẩm định hoặc quá hạn giải quyết kiến nghị của kỳ báo cáo' }) overdue: 'VERIFICATION' | 'DISPUTE_RESOLUTION' | null;
  @ApiProperty({ type: Deadlines }) deadlines: Deadlines;
  @ApiProperty({ type: Returned, nullable: true }) returned: Returned | null;
  @ApiProperty({ type: Disputed, nullable: true }) disputed: Disputed | null;
  @ApiProperty({ type: Closure, nullable: true }) closedUnsubmitted: Closure | null;
  @ApiProperty({ type: [Correction] }) corrections: Correction[];
  @ApiProperty({ type: Number, nullable: true, description: 'Người thẩm định được chỉ định (xung đột lợi ích)' }) designatedReviewerId: number | null;
  @ApiProperty({ description: 'Ảnh chụp sơ đồ trạng thái đã lưu', type: 'object', additionalProperties: true }) state: object;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
