import { Input, InputNumber, Select, Switch } from 'antd';
import type { VariableDef } from '../../../../modules/scoring/engine/framework.types';

type Value = number | boolean | string | null;

/** One variable's input by its type, named by its label for screen readers. */
export function VariableInput({ def, value, disabled, onChange }: { def: VariableDef; value: unknown; disabled: boolean; onChange: (v: Value) => void }) {
  const label = `${def.key}: ${def.label}`;
  switch (def.type) {
    case 'boolean':
      return <Switch aria-label={label} checked={value === true} disabled={disabled} onChange={onChange} checkedChildren="Có" unCheckedChildren="Không" />;
    case 'choice':
      return <Select aria-label={label} value={(value as string) ?? undefined} disabled={disabled} onChange={onChange} style={{ minWidth: 220 }} options={def.options} allowClear placeholder="Chọn" />;
    case 'text':
      return <Input aria-label={label} value={(value as string) ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value || null)} />;
    default:
      return (
        <InputNumber
          aria-label={label}
          value={typeof value === 'number' ? value : null}
          disabled={disabled}
          min={0}
          precision={def.type === 'count' ? 0 : undefined}
          decimalSeparator=","
          addonAfter={def.unit}
          style={{ width: 200 }}
          onChange={(v) => onChange(v === null || v === undefined ? null : Number(v))}
        />
      );
  }
}
