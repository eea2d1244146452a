import { Button, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import type { IndicatorDef } from '../../../../modules/scoring/engine/framework.types';
import { errorMessage } from '../../components/error-alert';
import { describeDocument, openEvidence, type Evidence } from '../../lib/evidence';
import { formatDate, formatPoints } from '../../lib/format';
import type { VerificationRow } from '../../lib/submissions';

export interface AgencyFigure {
  agency: { name?: string };
  values: Record<string, unknown>;
  note: string | null;
  notApplicable: string | null;
  points: number | null;
  difference: number | null;
}

const show = (v: unknown, unit?: string) => {
  if (v === null || v === undefined || v === '') return <Typography.Text type="secondary">chưa nhập</Typography.Text>;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'number') return `${formatPoints(v)}${unit ? ` ${unit}` : ''}`;
  return String(v);
};

/**
 * Everything the reviewer weighs for one indicator, side by side: the rule and the evidence the
 * framework asks for, what the unit entered, what each assessing agency found, and the documents.
 */
export function IndicatorDetail({ submissionId, row, def, figures, evidence, onError }: {
  submissionId: number;
  row: VerificationRow;
  def: IndicatorDef | undefined;
  figures: AgencyFigure[];
  evidence: Evidence[];
  onError: (message: string) => void;
}) {
  const label = (key: string) => def?.variables?.find((v) => v.key === key);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 1000 }}>
      {def && (
        <Descriptions size="small" column={1} bordered items={[
          { key: 'name', label: 'Chỉ số', children: `${def.code}. ${def.name}` },
          ...(def.ruleText ? [{ key: 'rule', label: 'Cách tính điểm', children: def.ruleText }] : []),
          ...(def.evidence ? [{ key: 'evidence', label: 'Tài liệu kiểm chứng', children: def.evidence }] : []),
        ]} />
      )}
      <div>
        <Typography.Text strong>Số liệu đơn vị nhập</Typography.Text>
        {row.notApplicable ? (
          <div><Tag color="orange">Không có nội dung</Tag> {row.notApplicable}</div>
        ) : (
          <Descriptions size="small" column={1} items={(def?.variables ?? []).map((v) => ({ key: v.key, label: `${v.key} — ${v.label}`, children: show(row.values[v.key], v.unit) }))} />
        )}
      </div>
      {figures.length > 0 && (
        <div>
          <Typography.Text strong>Số liệu của cơ quan đánh giá</Typography.Text>
          {figures.map((f, i) => (
            <Descriptions key={i} size="small" column={1} title={<span style={{ fontSize: 13 }}>{f.agency.name} — {f.notApplicable ? 'không có nội dung' : `${formatPoints(f.points)} điểm${f.difference ? ` (chênh ${formatPoints(f.difference)})` : ''}`}</span>}
              items={[
                ...Object.entries(f.values).map(([k, v]) => ({ key: k, label: `${k} — ${label(k)?.label ?? ''}`, children: show(v, label(k)?.unit) })),
                ...(f.note ? [{ key: 'note', label: 'Nhận xét', children: f.note }] : []),
              ]} />
          ))}
        </div>
      )}
      <div>
        <Typography.Text strong>Tài liệu kiểm chứng đã nộp</Typography.Text>
        {evidence.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có tài liệu" />
        ) : (
          <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
            {evidence.map((e) => (
              <li key={e.id}>
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => openEvidence(submissionId, e).catch((err) => onError(err instanceof Error ? err.message : errorMessage(err)))}>
                  {e.url ?? e.originalName}
                </Button>{' '}
                <Typography.Text type="secondary">
                  {describeDocument(e, formatDate)}
                </Typography.Text>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Space>
  );
}
