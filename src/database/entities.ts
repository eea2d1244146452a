import { FrameworkVersion } from '../../modules/frameworks/framework-version.entity.js';
import { AssessmentCycle } from '../../modules/cycles/assessment-cycle.entity.js';
import { IndicatorValue } from '../../modules/submissions/indicator-value.entity.js';
import { SubmissionScore } from '../../modules/submissions/submission-score.entity.js';
import { VerifiedScore } from '../../modules/submissions/verified-score.entity.js';
import { DisputeItem } from '../../modules/submissions/dispute-item.entity.js';
import { DisputeMessage } from '../../modules/submissions/dispute-message.entity.js';
import { Evidence } from '../../modules/submissions/evidence.entity.js';
import { Submission } from '../../modules/submissions/submission.entity.js';
import { AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { Unit } from '../../modules/units/unit.entity.js';
import { User } from '../../modules/users/user.entity.js';
import { Consolidation } from '../../modules/results/consolidation.entity.js';
import { ConsolidatedScore } from '../../modules/results/consolidated-score.entity.js';
import { PublishedResult } from '../../modules/results/published-result.entity.js';
import { Reminder } from '../../modules/reminders/reminder.entity.js';
import { AgencyFigure } from '../../modules/agency-figures/agency-figure.entity.js';
import { Notification } from '../../modules/notifications/notification.entity.js';
import { SignInSession } from '../../modules/auth/sign-in-session.entity.js';

/** Every entity, once: the app and the migration data source read this same list. */
export const ENTITIES = [Unit, User, AuditEntry, FrameworkVersion, AssessmentCycle, Submission, IndicatorValue, SubmissionScore, VerifiedScore, DisputeItem, DisputeMessage, Evidence, Consolidation, ConsolidatedScore, PublishedResult, Reminder, AgencyFigure, Notification, SignInSession];
