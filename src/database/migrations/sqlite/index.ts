import { Init1795427091543 } from './1795427091543-Init.js';
import { Frameworks1795428120334 } from './1795428120334-Frameworks.js';
import { Cycles1795430097757 } from './1795430097757-Cycles.js';
import { IndicatorValues1795430212477 } from './1795430212477-IndicatorValues.js';
import { VerifiedScores1795430842902 } from './1795430842902-VerifiedScores.js';
import { Disputes1795431208822 } from './1795431208822-Disputes.js';
import { Evidence1795431675920 } from './1795431675920-Evidence.js';
import { Results1795436868064 } from './1795436868064-Results.js';
import { ReportingPeriods1796366261844 } from './1796366261844-ReportingPeriods.js';
import { AgencyFiguresEvidenceLinks1796366670166 } from './1796366670166-AgencyFiguresEvidenceLinks.js';
import { Notifications1796366884117 } from './1796366884117-Notifications.js';
import { RankingNotSubmitted1796407621436 } from './1796407621436-RankingNotSubmitted.js';
import { DeputyHead1796408021195 } from './1796408021195-DeputyHead.js';
import { TokenVersion1796419298148 } from './1796419298148-TokenVersion.js';
import { SignInLock1796419599135 } from './1796419599135-SignInLock.js';
import { SignInSessions1796425813349 } from './1796425813349-SignInSessions.js';
import { SubmissionScores1796436735536 } from './1796436735536-SubmissionScores.js';
import { SubmissionDeadlineColumns1796439848667 } from './1796439848667-SubmissionDeadlineColumns.js';
import { ProvinceForm1796451679335 } from './1796451679335-ProvinceForm.js';

/** In order. A new migration is generated against SQLite and added here (see README). */
export const SQLITE_MIGRATIONS = [Init1795427091543, Frameworks1795428120334, Cycles1795430097757, IndicatorValues1795430212477, VerifiedScores1795430842902, Disputes1795431208822, Evidence1795431675920, Results1795436868064, ReportingPeriods1796366261844, AgencyFiguresEvidenceLinks1796366670166, Notifications1796366884117, RankingNotSubmitted1796407621436, DeputyHead1796408021195, TokenVersion1796419298148, SignInLock1796419599135, SignInSessions1796425813349, SubmissionScores1796436735536, SubmissionDeadlineColumns1796439848667, ProvinceForm1796451679335];
