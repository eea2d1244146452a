import { Breadcrumb, Card, Col, Descriptions, Row, Statistic, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ProfileRadar } from '../../components/profile-radar';
import { ErrorAlert } from '../../components/error-alert';
import { formatPoints, PERIOD_LABELS, UNIT_KIND_LABELS } from '../../lib/format';
import { usePublicProfile, type UnitProfile } from './public-api';

/** One unit's published result: each main indicator against its maximum, the kind's average and last year. */
export default function PublicUnitPage() {
  const { year, unitCode } = useParams();
  const profile = usePublicProfile(Number(year), unitCode!);
  const p = profile.data;
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">Kết quả công bố</Link> }, { title: p?.unit.name ?? unitCode }]} />
      <ErrorAlert error={profile.error} />
      {p && (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={10}>
            <Card title={p.unit.name}>
              <Row gutter={16}>
                <Col span={12}><Statistic title={`Tổng điểm năm ${p.year}`} value={p.total} formatter={(v) => formatPoints(Number(v))} suffix="/ 1000" /></Col>
                <Col span={12}><Statistic title="Xếp hạng" value={p.rank} suffix={`/ ${p.of}`} /></Col>
              </Row>
              <Descriptions column={1} size="small" style={{ marginTop: 16 }}>
                <Descriptions.Item label="Khối">{UNIT_KIND_LABELS[p.unitKind] ?? p.unitKind}</Descriptions.Item>
                <Descriptions.Item label={`Năm ${p.year - 1}`}>
                  {p.previous ? `${formatPoints(p.previous.total)} điểm, hạng ${p.previous.rank} (${change(p)})` : 'Chưa có kết quả công bố'}
                </Descriptions.Item>
              </Descriptions>
              {p.notSubmitted.map((n) => <Tag key={n.period} color="orange">Không nộp báo cáo {PERIOD_LABELS[n.period] ?? n.period}: {n.reason}</Tag>)}
            </Card>
          </Col>
          <Col xs={24} md={14}>
            <Card title="So với điểm trung bình của khối">
              <ProfileRadar unitName={p.unit.name} mains={p.mains} />
            </Card>
          </Col>
          <Col span={24}>
            <Card title="Điểm các chỉ số chính" styles={{ body: { overflowX: 'auto' } }}>
              <Table
                rowKey="code"
                pagination={false}
                dataSource={p.mains}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: 'Chỉ số', render: (_, m) => `${m.code}. ${m.name}` },
                  { title: 'Điểm tối đa', dataIndex: 'maxPoints', align: 'right' },
                  { title: 'Điểm', dataIndex: 'points', align: 'right', render: formatPoints },
                  { title: 'Trung bình khối', dataIndex: 'average', align: 'right', render: formatPoints },
                  { title: `Năm ${p.year - 1}`, dataIndex: 'previous', align: 'right', render: formatPoints },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}

function change(p: UnitProfile): string {
  const delta = Math.round((p.total - p.previous!.total) * 100) / 100;
  return delta === 0 ? 'không đổi' : `${delta > 0 ? 'tăng' : 'giảm'} ${formatPoints(Math.abs(delta))} điểm`;
}
