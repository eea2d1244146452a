import type { OpenAPIObject } from '@nestjs/swagger';
import { AccessErrors, RequestErrors } from '../errors/common.errors.js';
import type { ErrorDefinition } from '../errors/domain.exception.js';
import { errorLine } from './api-docs.decorators.js';

/** The groups of the API, in the order people meet them. */
export const API_TAGS: [string, string][] = [
  ['auth', 'Đăng nhập, phiên làm việc, đổi mật khẩu'],
  ['public', 'Kết quả đã công bố: không cần đăng nhập'],
  ['frameworks', 'Bộ chỉ số đánh giá (khung tiêu chí, phiên bản, tính thử điểm)'],
  ['cycles', 'Kỳ đánh giá: mở kỳ, mốc thời gian, tiến độ'],
  ['submissions', 'Hồ sơ tự đánh giá: nhập số liệu, điểm, các bước quy trình'],
  ['agency-figures', 'Số liệu của cơ quan đánh giá (Phụ lục III) bên cạnh số liệu của đơn vị'],
  ['evidence', 'Tài liệu kiểm chứng'],
  ['disputes', 'Giải trình, kiến nghị về kết quả thẩm định'],
  ['results', 'Tổng hợp, xếp hạng, trình phê duyệt và công bố'],
  ['reports', 'Xuất, nhập Excel'],
  ['notifications', 'Thông báo trong hệ thống và thư'],
  ['reminders', 'Thư nhắc hạn'],
  ['units', 'Đơn vị được đánh giá và cơ quan đầu mối'],
  ['users', 'Tài khoản người dùng'],
  ['audit', 'Nhật ký thao tác'],
  ['health', 'Tình trạng hệ thống'],
];

type Operation = { 'x-roles'?: string[]; parameters?: { in: string }[]; requestBody?: unknown; responses?: Record<string, { description: string }> };

function add(op: Operation, errors: ErrorDefinition[]) {
  op.responses ??= {};
  for (const e of errors) {
    const answer = (op.responses[String(e.status)] ??= { description: '' });
    if (!answer.description.includes(`\`${e.code}\``)) answer.description = [answer.description, errorLine(e)].filter(Boolean).join('<br>');
  }
}

/**
 * Adds the error answers every route shares, so that each route's own `@Doc` lists only its
 * domain's: 401/403 wherever a role is required, 400 for a bad body or a bad id.
 */
export function completeErrorAnswers(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const op of Object.values(path) as Operation[]) {
      if (typeof op !== 'object' || !op.responses) continue;
      if (op['x-roles']) add(op, [AccessErrors.UNAUTHENTICATED, AccessErrors.FORBIDDEN_ROLE]);
      if (op.requestBody) add(op, [RequestErrors.VALIDATION_FAILED, RequestErrors.MALFORMED_BODY, RequestErrors.UNSUPPORTED_MEDIA_TYPE]);
      if (op.parameters?.some((p) => p.in === 'path' || p.in === 'query')) add(op, [RequestErrors.INVALID_ID]);
      // Anything unforeseen still answers in the error shape, logged for the operator.
      add(op, [RequestErrors.INTERNAL]);
    }
  }
  return document;
}
