import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../src/access/access.decorators.js';
import { PublicResultsService } from './public-results.service.js';
import { PublicRankingQuery, PublicVersionQuery } from './results.dto.js';
import { ParseIdPipe } from '../../src/http/parse-id.pipe.js';

/** The province portal's data: published results only, no sign-in. */
@ApiTags('public')
@Public()
@Controller('public/results')
export class PublicResultsController {
  constructor(private readonly results: PublicResultsService) {}

  @Get()
  years() {
    return this.results.years();
  }

  @Get(':year/ranking')
  ranking(@Param('year', ParseIdPipe) year: number, @Query() query: PublicRankingQuery) {
    return this.results.ranking(year, query.unitKind, query.version);
  }

  @Get(':year/units/:unitCode')
  unit(@Param('year', ParseIdPipe) year: number, @Param('unitCode') unitCode: string, @Query() query: PublicVersionQuery) {
    return this.results.unitProfile(year, unitCode, query.version);
  }
}
