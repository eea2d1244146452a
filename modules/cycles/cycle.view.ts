import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { CYCLE_TAGS } from '../../workflows/cycle.machine.js';
import { AllowedMove } from '../submissions/submission.view.js';

/** The Vietnamese words of the cycle's moves (workflows/cycle.machine.ts) and what each asks for. */
export const CYCLE_EVENT_LABELS: Record<string, string> = {
  CONSOLIDATE: 'Tổng hợp kết quả, xếp hạng',
  SEND_TO_CHAIR: 'Gửi Chủ tịch phê duyệt',
  SEND_BACK: 'Trả lại để rà soát',
  APPROVE: 'Phê duyệt kết quả',
  PUBLISH: 'Công bố kết quả',
  PUBLISH_CORRECTION: 'Công bố đính chính',
};
export const CYCLE_EVENT_REASON: Record<string, 'required'> = { SEND_BACK: 'required', PUBLISH_CORRECTION: 'required' };

export const CYCLE_STATUS_LABELS: Record<string, string> = {
  collecting: 'Đang thu thập, thẩm định',
  consolidated: 'Đã tổng hợp',
  awaitingApproval: 'Chờ Chủ tịch phê duyệt',
  approved: 'Đã phê duyệt, chờ công bố',
  published: 'Đã công bố',
};

class PeriodDates {
  @ApiProperty() opensAt: string;
  @ApiProperty() dataEntry: string;
  @ApiProperty() verification: string;
  @ApiProperty() disputeResolution: string;
}

class CycleFrameworkView {
  @ApiProperty() unitKind: string;
  @ApiProperty() code: string;
  @ApiProperty() version: number;
}

class ReferenceView {
  @ApiProperty() value: number;
  @ApiProperty() source: string;
  @ApiProperty() enteredAt: string;
}

/** A cycle as the screens read it: its row, what its state means, and the caller's moves. */
@ApiExtraModels(PeriodDates, ReferenceView)
export class CycleView {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() year: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['QUARTERLY', 'YEARLY'] }) schedule: string;
  @ApiProperty({ type: [String] }) periods: string[];
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(PeriodDates) } }) deadlines: Record<string, PeriodDates>;
  @ApiProperty({ type: [CycleFrameworkView] }) frameworks: CycleFrameworkView[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: { $ref: getSchemaPath(ReferenceView) }, nullable: true }) references: Record<string, ReferenceView> | null;
  @ApiProperty() status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ enum: CYCLE_TAGS, isArray: true }) tags: string[];
  @ApiProperty({ type: [AllowedMove] }) allowed: AllowedMove[];
  @ApiProperty() version: number;
}
