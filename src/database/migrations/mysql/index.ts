import { Init1795427104567 } from './1795427104567-Init.js';
import { Frameworks1795428122229 } from './1795428122229-Frameworks.js';
import { Cycles1795430099810 } from './1795430099810-Cycles.js';
import { IndicatorValues1795430214360 } from './1795430214360-IndicatorValues.js';
import { VerifiedScores1795430852768 } from './1795430852768-VerifiedScores.js';
import { Disputes1795431211350 } from './1795431211350-Disputes.js';
import { Evidence1795431678639 } from './1795431678639-Evidence.js';
import { Results1795436869745 } from './1795436869745-Results.js';
import { ReportingPeriods1796366271125 } from './1796366271125-ReportingPeriods.js';
import { AgencyFiguresEvidenceLinks1796366672793 } from './1796366672793-AgencyFiguresEvidenceLinks.js';
import { Notifications1796366886761 } from './1796366886761-Notifications.js';
import { RankingNotSubmitted1796407627123 } from './1796407627123-RankingNotSubmitted.js';
import { DeputyHead1796408024221 } from './1796408024221-DeputyHead.js';
import { TokenVersion1796419395082 } from './1796419395082-TokenVersion.js';
import { SignInLock1796419593661 } from './1796419593661-SignInLock.js';
import { SignInSessions1796425831413 } from './1796425831413-SignInSessions.js';
import { SubmissionScores1796436744576 } from './1796436744576-SubmissionScores.js';
import { SubmissionDeadlineColumns1796439880196 } from './1796439880196-SubmissionDeadlineColumns.js';
import { ProvinceForm1796451688873 } from './1796451688873-ProvinceForm.js';

/** In order. A new migration is generated against MariaDB/MySQL and added here (see README). */
export const MYSQL_MIGRATIONS = [Init1795427104567, Frameworks1795428122229, Cycles1795430099810, IndicatorValues1795430214360, VerifiedScores1795430852768, Disputes1795431211350, Evidence1795431678639, Results1795436869745, ReportingPeriods1796366271125, AgencyFiguresEvidenceLinks1796366672793, Notifications1796366886761, RankingNotSubmitted1796407627123, DeputyHead1796408024221, TokenVersion1796419395082, SignInLock1796419593661, SignInSessions1796425831413, SubmissionScores1796436744576, SubmissionDeadlineColumns1796439880196, ProvinceForm1796451688873];
