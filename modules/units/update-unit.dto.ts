import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateUnitDto } from './create-unit.dto.js';

/** The code is the unit's stable identity in imports and reports, so it is not editable. */
export class UpdateUnitDto extends PartialType(OmitType(CreateUnitDto, ['code'] as const)) {}
