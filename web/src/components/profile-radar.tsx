import { Chart } from './chart';

export interface MainScore {
  code: string;
  name: string;
  points: number;
  maxPoints: number;
  average: number;
}

/** A unit's main indicators against its kind's average: the public profile and the chair's check read it alike. */
export function ProfileRadar({ unitName, mains, height }: { unitName: string; mains: MainScore[]; height?: number }) {
  return (
    <Chart
      label="Biểu đồ radar các chỉ số chính so với trung bình khối"
      height={height}
      option={{
        tooltip: {},
        legend: { bottom: 0 },
        radar: { indicator: mains.map((m) => ({ name: `${m.code}. ${m.name}`, max: m.maxPoints })), radius: '60%' },
        series: [{ type: 'radar', data: [{ name: unitName, value: mains.map((m) => m.points) }, { name: 'Trung bình khối', value: mains.map((m) => m.average) }] }],
      }}
    />
  );
}
