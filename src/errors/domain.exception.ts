/**
 * Every error the API answers with carries a stable machine code (`UNIT.NOT_FOUND`), the HTTP
 * status that code maps to, and a human message in Vietnamese and English. Modules declare their
 * codes with `defineErrors`; the single `AllExceptionsFilter` turns them into the JSON shape.
 */
export interface ErrorDefinition {
  code: string;
  status: number;
  vi: string;
  en: string;
}

type ErrorTable = Record<string, Omit<ErrorDefinition, 'code'>>;

export function defineErrors<T extends ErrorTable>(
  prefix: string,
  table: T,
): { [K in keyof T]: ErrorDefinition } {
  const out = {} as { [K in keyof T]: ErrorDefinition };
  for (const key of Object.keys(table) as (keyof T & string)[]) {
    out[key] = { code: `${prefix}.${key}`, ...table[key] };
  }
  return out;
}

export class DomainException extends Error {
  constructor(
    readonly definition: ErrorDefinition,
    readonly details?: unknown,
    /** What this case adds to the code's message (which units, which moves), in both languages. */
    readonly specifics?: { vi: string; en: string },
  ) {
    super(definition.en);
    this.name = 'DomainException';
  }

  get code(): string {
    return this.definition.code;
  }

  get status(): number {
    return this.definition.status;
  }
}
