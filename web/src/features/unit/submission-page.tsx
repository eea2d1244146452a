import { Alert, Breadcrumb, Card, Collapse, Descriptions, Skeleton, Space, Statistic, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert';
import { SupplierProgressCard } from '../../components/supplier-progress-card';
import { ReportDownload } from '../../components/report-download';
import { formatDateTime, formatPoints, PERIOD_LABELS, STATUS_COLORS } from '../../lib/format';
import { may, means } from '../../lib/moves';
import { findIndicator, leavesOf, useFramework, useScore, useSubmission, useVerification, type VerificationRow } from '../../lib/submissions';
import { useSessionUser } from '../../lib/use-session';
import { IndicatorEntry } from './indicator-entry';
import { SubmissionActions } from './submission-actions';
import { SubmissionHistory } from './submission-history';
import { UnitDisputes } from './unit-disputes';
import { useMyPart } from './unit-api';

/** A unit's (or an agency's) view of one report: data entry grouped by main indicator, the score as it stands, and the moves. */
export default function SubmissionPage() {
  const id = Number(useParams().id);
  const user = useSessionUser()!;
  const submission = useSubmission(id);
  const s = submission.data;
  const framework = useFramework(s?.frameworkCode, s?.frameworkVersion);
  const score = useScore(id);
  const verification = useVerification(id);
  const part = useMyPart(user.role === 'ADMIN' || user.role === 'CHAIR' ? undefined : s?.cycleId);
  const mine = part.data?.find((p) => p.submissionId === id);

  if (submission.error) return <ErrorAlert error={submission.error} />;
  if (!s || !framework.data) return <Skeleton active />;
  const { returned, disputed, deadlines, closedUnsubmitted } = s;
  const returnedHere = (code: string) => means(s.tags, 'returnedToSuppliers') && !!returned?.indicators.includes(code);
  // The server still decides each save: these only say which inputs to offer.
  const editableCode = (code: string) => means(s.tags, 'openForEntry') || returnedHere(code);
  const owned = new Map((mine?.indicators ?? []).map((i) => [i.code, i]));
  const groups = framework.data.indicators
    .map((main) => ({ main, leaves: leavesOf({ ...framework.data, indicators: [main] }).map((l) => l.def).filter((d) => owned.has(d.code)) }))
    .filter((g) => g.leaves.length);
  const verified = verification.data?.indicators ?? [];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/app">Trang chính</Link> }, { title: `Hồ sơ ${mine?.unit.name ?? ''} — ${PERIOD_LABELS[s.period] ?? s.period}` }]} />
      <Card>
        <Space wrap size={32}>
          <Statistic title="Điểm tự đánh giá" value={score.data?.total ?? 0} formatter={(v) => formatPoints(Number(v))} suffix={`/ ${score.data?.periodMax ?? ''}`} />
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="Trạng thái"><Tag color={STATUS_COLORS[s.status]}>{s.statusLabel}</Tag></Descriptions.Item>
            <Descriptions.Item label="Hạn nhập liệu">{formatDateTime(deadlines.dataEntry)}</Descriptions.Item>
            {deadlines.disputeWindow && <Descriptions.Item label="Hạn giải trình, kiến nghị">{formatDateTime(deadlines.disputeWindow)}</Descriptions.Item>}
          </Descriptions>
          <ReportDownload submissionId={id} />
        </Space>
      </Card>
      {returned && means(s.tags, 'returnedToSuppliers') && <Alert type="warning" showIcon message={`Hồ sơ bị trả lại để bổ sung các chỉ số ${returned.indicators.join(', ')}`} description={returned.reason} />}
      {closedUnsubmitted && <Alert type="warning" showIcon message="Đơn vị không nộp hồ sơ; cơ quan thẩm định đã đóng hồ sơ" description={closedUnsubmitted.reason} />}
      {means(s.tags, 'underCorrection') && <Alert type="info" showIcon message="Kết quả đang được đính chính sau khi công bố" description={s.corrections[s.corrections.length - 1]?.reason} />}
      <SubmissionActions submission={s} verification={verified} />
      <SupplierProgressCard submissionId={id} provinceForm={framework.data.unitKind === 'PROVINCE' && user.role !== 'SOURCE_AGENCY'} mayRemind={['UNIT_OFFICER', 'UNIT_HEAD', 'ADMIN'].includes(user.role)} />
      {(disputed || means(s.tags, 'disputeOpen')) && <UnitDisputes submissionId={id} open={may(s.allowed, 'DISPUTE_MESSAGE')} />}
      {means(s.tags, 'resultSent') && <ResultTable rows={verified} />}
      {groups.length > 0 && (
        <Collapse
          defaultActiveKey={groups.slice(0, 1).map((g) => g.main.code)}
          items={groups.map(({ main, leaves }) => ({
            key: main.code,
            label: `${main.code}. ${main.name} — ${formatPoints(findIndicator(score.data?.indicators ?? [], main.code)?.points)} / ${main.maxPoints} điểm`,
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {leaves.map((def) => (
                  <IndicatorEntry
                    key={def.code}
                    submissionId={id}
                    def={def}
                    own={owned.get(def.code)!.variables.map((v) => v.key)}
                    values={Object.fromEntries(owned.get(def.code)!.variables.map((v) => [v.key, v.value as never]))}
                    score={findIndicator(score.data?.indicators ?? [], def.code)}
                    editable={editableCode(def.code)}
                    evidenceEditable={editableCode(def.code) || (means(s.tags, 'disputeOpen') && !!disputed?.indicators.includes(def.code))}
                    notApplicable={owned.get(def.code)!.notApplicable}
                    mayDeclareNotApplicable={owned.get(def.code)!.mayDeclareNotApplicable}
                    returnedReason={returnedHere(def.code) ? returned?.reason : undefined}
                  />
                ))}
              </Space>
            ),
          }))}
        />
      )}
      <SubmissionHistory submissionId={id} />
    </Space>
  );
}

/** Self, verified and final side by side once the unit may see them. */
function ResultTable({ rows }: { rows: VerificationRow[] }) {
  return (
    <Card title="Kết quả thẩm định" styles={{ body: { overflowX: 'auto' } }}>
      <Table<VerificationRow>
        rowKey="code"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Chỉ số', dataIndex: 'code' },
          { title: 'Tối đa', dataIndex: 'maxPoints', align: 'right' },
          { title: 'Tự đánh giá', align: 'right', render: (_, r) => formatPoints(r.self.points) },
          { title: 'Thẩm định', align: 'right', render: (_, r) => formatPoints(r.verified?.verifiedPoints) },
          { title: 'Lý do', render: (_, r) => r.verified?.reason ?? '' },
          { title: 'Kết quả cuối cùng', align: 'right', render: (_, r) => formatPoints(r.final) },
        ]}
      />
    </Card>
  );
}
