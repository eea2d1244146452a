import { Alert, App, Card, Empty, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert, errorMessage } from '../../components/error-alert';
import { ExcelImport } from '../../components/excel-import';
import { api, as, unwrap } from '../../lib/api';
import { PERIOD_LABELS, STATUS_COLORS, STATUS_LABELS, UNIT_KIND_LABELS } from '../../lib/format';
import { useCycles, useMoveOn } from '../../lib/submissions';
import type { AllowedMove } from '../../lib/moves';
import { MoveButtons } from '../../components/move-buttons';
import { AgencyPartCard } from './agency-part-card';

interface GridRow {
  submissionId: number;
  unit: { id: number; code: string; name: string };
  period: string;
  status: string;
  indicators: { code: string; name: string; variables: { key: string; label: string; type: string }[]; values: Record<string, unknown>; note: string | null }[];
  /** The reviewer's return, when it names this agency's indicators. */
  returned: { indicators: string[]; reason: string } | null;
  allowed: AllowedMove[];
}

/** The agency's work in a cycle: the items it supplies (AgencyPartCard), and Appendix III's own figures for every unit on one grid. */
export default function AgencyGridPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const cycles = useCycles();
  const sorted = [...(cycles.data ?? [])].sort((a, b) => b.year - a.year || a.code.localeCompare(b.code));
  const [chosen, setChosen] = useState<number>();
  const [period, setPeriod] = useState<string>();
  // Until one is chosen: the newest cycle in which the framework gives the agency something to do.
  const work = useQuery({ queryKey: ['cycles', 'agency-work'], queryFn: async () => as<number[]>(await unwrap(api.GET('/api/cycles/agency-work'))) });
  const cycle = sorted.find((c) => c.id === chosen) ?? sorted.find((c) => work.data?.includes(c.id)) ?? sorted[0];
  const shownPeriod = period && cycle?.periods.includes(period) ? period : cycle?.periods[cycle.periods.length - 1];
  const grid = useQuery({
    queryKey: ['agency-grid', cycle?.id, shownPeriod],
    enabled: !!cycle,
    queryFn: async () => as<{ agency: { name: string }; rows: GridRow[] }>(await unwrap(api.GET('/api/cycles/{cycleId}/agency-grid', { params: { path: { cycleId: cycle!.id }, query: { period: shownPeriod } } }))),
  });
  const save = useMutation({
    mutationFn: ({ submissionId, code, key, value }: { submissionId: number; code: string; key: string; value: number | null }) =>
      unwrap(api.PUT('/api/submissions/{id}/agency-figures/{code}', { params: { path: { id: submissionId, code } }, body: { values: { [key]: value } } as never })),
    onSuccess: () => {
      message.success('Đã lưu');
      client.invalidateQueries({ queryKey: ['agency-grid', cycle?.id, shownPeriod] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const move = useMoveOn();
  const rows = grid.data?.rows ?? [];
  const returnedCount = rows.filter((r) => r.returned).length;
  const columns = (rows[0]?.indicators ?? []).flatMap((ind, i) =>
    ind.variables.map((v) => ({
      title: <span title={`${ind.name}: ${v.label}`}>{ind.code} · {v.key}</span>,
      key: `${ind.code}.${v.key}`,
      width: 140,
      render: (_: unknown, r: GridRow) => (
        <InputNumber
          aria-label={`${r.unit.name}, chỉ số ${ind.code}, ${v.key}`}
          size="small"
          status={r.returned?.indicators.includes(ind.code) ? 'warning' : undefined}
          min={0}
          decimalSeparator=","
          defaultValue={r.indicators[i]?.values[v.key] as number | undefined}
          onBlur={(e) => {
            const raw = e.target.value.replace(/\./g, '').replace(',', '.');
            const value = raw === '' ? null : Number(raw);
            if (value !== (r.indicators[i]?.values[v.key] ?? null)) save.mutate({ submissionId: r.submissionId, code: ind.code, key: v.key, value });
          }}
        />
      ),
    })),
  );
  if (cycles.data && !cycles.data.length) return <Card><Empty description="Chưa có kỳ đánh giá" /></Card>;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>Số liệu {grid.data?.agency.name ?? 'của cơ quan'} cung cấp và đánh giá</Typography.Title>
      <ErrorAlert error={cycles.error ?? grid.error} />
      <Space wrap>
        <Select aria-label="Kỳ đánh giá" value={cycle?.id} onChange={setChosen} style={{ minWidth: 340 }} options={sorted.map((c) => ({ value: c.id, label: `${c.name} (${UNIT_KIND_LABELS[c.frameworks[0]?.unitKind] ?? ''})` }))} />
        <Select aria-label="Kỳ báo cáo" value={shownPeriod} onChange={setPeriod} style={{ minWidth: 140 }} options={(cycle?.periods ?? []).map((p) => ({ value: p, label: PERIOD_LABELS[p] ?? p }))} />
      </Space>
      {returnedCount > 0 && <Alert type="warning" showIcon message={`${returnedCount} hồ sơ bị trả lại có chỉ số của cơ quan: xem lý do ở cột Trạng thái, sửa số liệu ở ô viền cam`} />}
      {cycle && <AgencyPartCard cycleId={cycle.id} period={shownPeriod} />}
      {cycle && <ExcelImport cycleId={cycle.id} cycleCode={cycle.code} onImported={() => client.invalidateQueries({ queryKey: ['agency-grid', cycle.id] })} />}
      <Card styles={{ body: { overflowX: 'auto' } }}>
        {rows.length === 0 && !grid.isLoading ? (
          <Empty description="Cơ quan không được giao đánh giá chỉ số nào của các đơn vị (Phụ lục III) trong kỳ báo cáo này" />
        ) : (
          <Table<GridRow>
            rowKey="submissionId"
            size="small"
            loading={grid.isLoading}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: 'Đơn vị', fixed: 'left', render: (_, r) => r.unit.name },
              {
                title: 'Trạng thái',
                render: (_, r) => (
                  <Space orientation="vertical" size={2}>
                    <Tag color={STATUS_COLORS[r.status]}>{STATUS_LABELS[r.status] ?? r.status}</Tag>
                    {r.returned && (
                      <Typography.Text type="warning" style={{ fontSize: 12 }}>
                        Trả lại chỉ số {r.returned.indicators.join(', ')}: {r.returned.reason}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              ...columns,
              { title: 'Thao tác', render: (_, r) => <MoveButtons size="small" allowed={r.allowed} send={(type, reason) => move.mutateAsync({ id: r.submissionId, type, reason })} primary={['AGENCY_RESUBMIT']} /> },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
