import { Card, Checkbox, Descriptions, Input, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { IndicatorDef } from '../../../../modules/scoring/engine/framework.types';
import { errorMessage } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { formatPoints } from '../../lib/format';
import type { IndicatorScore } from '../../lib/submissions';
import { EvidencePanel } from './evidence-panel';
import { VariableInput } from './variable-input';

type Values = Record<string, number | boolean | string | null>;

/**
 * One indicator as the seed's table shows it (STT, name, max points, rule, evidence) with the
 * person's own variables; each change is saved after a short pause and the score follows.
 */
export function IndicatorEntry(props: {
  submissionId: number;
  def: IndicatorDef;
  own: string[];
  values: Values;
  score: IndicatorScore | undefined;
  editable: boolean;
  /** Evidence is also taken while the unit disputes the indicator. */
  evidenceEditable: boolean;
  returnedReason?: string;
  /** Điều 5c: "không có nội dung" is claimed with a reason by whoever reports the indicator. */
  notApplicable?: string | null;
  mayDeclareNotApplicable?: boolean;
}) {
  const { submissionId, def, own, score, editable } = props;
  const [values, setValues] = useState<Values>(props.values);
  const [saved, setSaved] = useState<'idle' | 'saving' | 'saved'>('idle');
  const pending = useRef<Values>({});
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const client = useQueryClient();
  const [na, setNa] = useState<string | null>(props.notApplicable ?? null);
  const save = useMutation({
    mutationFn: (body: { values?: Values; notApplicable?: string }) => unwrap(api.PUT('/api/submissions/{id}/indicators/{code}', { params: { path: { id: submissionId, code: def.code } }, body: body as never })),
    onMutate: () => setSaved('saving'),
    onSuccess: (data) => {
      setSaved('saved');
      const res = as<{ total: number }>(data);
      client.setQueryData(['submission', submissionId, 'score'], (old: { total: number } | undefined) => (old ? { ...old, total: res.total } : old));
      client.invalidateQueries({ queryKey: ['submission', submissionId, 'score'] });
    },
    onError: () => setSaved('idle'),
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (key: string, value: number | boolean | string | null) => {
    setValues((v) => ({ ...v, [key]: value }));
    pending.current = { ...pending.current, [key]: value };
    clearTimeout(timer.current);
    // Debounced: one save (and one audit entry) per pause in typing, not per keystroke.
    timer.current = setTimeout(() => {
      const changed = pending.current;
      pending.current = {};
      save.mutate({ values: changed });
    }, 700);
  };

  const ownDefs = (def.variables ?? []).filter((v) => own.includes(v.key));
  return (
    <Card
      size="small"
      id={`chi-so-${def.code}`}
      style={props.returnedReason ? { borderColor: '#fa8c16' } : undefined}
      title={<span><strong>{def.code}</strong> {def.name}</span>}
      extra={
        <Space>
          {saved === 'saving' && <Tag>Đang lưu…</Tag>}
          {saved === 'saved' && <Tag color="green">Đã lưu</Tag>}
          <Tag color="blue" aria-label={`Điểm chỉ số ${def.code}`}>{formatPoints(score?.points)} / {def.maxPoints}</Tag>
        </Space>
      }
    >
      {props.returnedReason && <Typography.Paragraph type="warning">Bị trả lại để bổ sung: {props.returnedReason}</Typography.Paragraph>}
      <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
        {def.ruleText && <Descriptions.Item label="Cách tính điểm">{def.ruleText}</Descriptions.Item>}
        {def.evidence && <Descriptions.Item label="Tài liệu kiểm chứng">{def.evidence}</Descriptions.Item>}
      </Descriptions>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {ownDefs.map((v) => (
          <Space key={v.key} wrap align="center">
            <Typography.Text style={{ minWidth: 260, display: 'inline-block' }}>{v.key === 'value' ? v.label : `${v.key} = ${v.label}`}</Typography.Text>
            <VariableInput def={v} value={values[v.key]} disabled={!editable} onChange={(value) => change(v.key, value)} />
          </Space>
        ))}
        {props.mayDeclareNotApplicable && (
          <Space wrap>
            <Checkbox
              checked={na !== null}
              disabled={!editable}
              onChange={(e) => {
                setNa(e.target.checked ? '' : null);
                if (!e.target.checked) save.mutate({ notApplicable: '' });
              }}
            >
              Đơn vị không có nội dung này (Điều 5c: tính điểm tối đa, cơ quan thẩm định xem xét)
            </Checkbox>
            {na !== null && (
              <Input
                aria-label={`Lý do không áp dụng chỉ số ${def.code}`}
                placeholder="Lý do (bắt buộc), kèm tài liệu kiểm chứng"
                value={na}
                disabled={!editable}
                onChange={(e) => setNa(e.target.value)}
                onBlur={() => na.trim() && save.mutate({ notApplicable: na.trim() })}
                style={{ minWidth: 320 }}
              />
            )}
          </Space>
        )}
        {save.error && <Typography.Text type="danger" role="alert">{errorMessage(save.error)}</Typography.Text>}
        {score?.trace && <Typography.Text type="secondary" style={{ fontSize: 12 }}>Cách hệ thống tính: {score.trace}</Typography.Text>}
        {def.evidence && <EvidencePanel submissionId={submissionId} code={def.code} editable={props.evidenceEditable} />}
      </Space>
    </Card>
  );
}
